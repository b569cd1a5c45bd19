package io.osprey.formats.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Iterator;
import java.util.Map;

/**
 * Whether an AuditData record went through PowerShell flattening on its way out: a structured field written as
 * the text {@code @{Value=Bind; Name=MailAccessType}}, or a lost value written as {@code System.Object[]} (a
 * type name instead of the array). Such a record is still read, but flagged degraded: its message ids are lost.
 * A hashtable-looking text nested inside a Name/Value pair (a cmdlet parameter such as {@code @{Add=...}}) is
 * data, not an artefact.
 */
final class PowerShellArtefacts {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HASHTABLE_START = "@{";

    private PowerShellArtefacts() {
    }

    static boolean in(String auditDataJson) {
        if (!auditDataJson.contains(HASHTABLE_START) && !auditDataJson.contains("System.Object[]")
                && !auditDataJson.contains("System.Collections")) {
            return false;
        }
        try {
            JsonNode auditData = MAPPER.readTree(auditDataJson);
            return auditData != null && in(auditData);
        } catch (JsonProcessingException notJson) {
            return false;
        }
    }

    static boolean in(JsonNode auditData) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = auditData.fields(); fields.hasNext(); ) {
            JsonNode value = fields.next().getValue();
            if (isFlattened(value) || holdsLostValue(value)) {
                return true;
            }
            if (value.isArray()) {
                for (JsonNode element : value) {
                    if (isFlattened(element)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A whole value written as a hashtable rendering or a type name. */
    private static boolean isFlattened(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        String text = value.asText().strip();
        return (text.startsWith(HASHTABLE_START) && text.endsWith("}") && text.contains("="))
                || isLostValue(text);
    }

    private static boolean holdsLostValue(JsonNode value) {
        if (value.isTextual()) {
            return isLostValue(value.asText().strip());
        }
        for (JsonNode child : value) {
            if (holdsLostValue(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLostValue(String text) {
        return text.startsWith("System.Object[]") || text.startsWith("System.Collections.");
    }
}
