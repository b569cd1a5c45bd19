package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Resolves a structured AuditData field to JSON whatever its envelope did to it: a real array or object, a
 * string holding JSON (Sentinel's {@code Folders}, {@code OperationProperties}), or a PowerShell artefact
 * ({@code System.Object[]}), which marks the record degraded.
 */
final class StructuredValues {
    private StructuredValues() {
    }

    /**
     * The field as a JSON container, or null when it is absent, empty or lost. A string that is not JSON is
     * returned as the string node itself, so callers can read PowerShell hashtable renderings from it.
     */
    static JsonNode resolve(JsonNode value, Degradation degradation) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (!value.isTextual()) {
            return value;
        }
        String text = value.textValue().trim();
        if (text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        if (first == '[' || first == '{') {
            JsonNode parsed = JsonValues.parseNested(text);
            if (parsed != null) {
                return parsed;
            }
        }
        if (PowerShellFlattening.isArtefact(text)) {
            degradation.mark();
            return PowerShellFlattening.isHashtable(text) ? value : null;
        }
        degradation.mark(); // a structured field we cannot read: its content is lost to us
        return null;
    }
}
