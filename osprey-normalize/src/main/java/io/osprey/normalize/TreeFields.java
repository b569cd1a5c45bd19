package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Gathers the {@link AuditFields} from AuditData parsed into a Jackson tree: the general path, which reads
 * every shape exporters produce (JSON held in strings, PowerShell flattening, dictionaries for name/value
 * lists). The normalizer takes it when the {@link AuditDataScanner} declines a record.
 */
final class TreeFields {
    private TreeFields() {
    }

    static AuditFields read(JsonNode auditData, Degradation degradation) {
        AuditFields fields = new AuditFields();
        for (AuditField field : AuditField.values()) {
            JsonNode value = auditData.get(field.jsonName());
            switch (field.kind()) {
                case SCALAR -> fields.putScalar(field, value);
                case NAME_VALUES -> fields.putNameValues(field, nameValues(value, field.valueKey(), degradation));
                case DEVICE_PROPERTIES -> readDeviceProperties(value, fields);
                case APP_ACCESS_CONTEXT -> readAppAccessContext(value, fields, degradation);
                case FOLDERS -> fields.putFolders(value);
            }
        }
        fields.putFieldCount(fieldCount(auditData, degradation));
        return fields;
    }

    private static Map<String, String> nameValues(JsonNode value, String valueKey, Degradation degradation) {
        return value == null ? Map.of() : NameValueLists.read(value, valueKey, degradation);
    }

    private static void readDeviceProperties(JsonNode value, AuditFields fields) {
        if (value != null) {
            Degradation loss = new Degradation(false);
            fields.putDeviceProperties(NameValueLists.read(value, NameValueLists.VALUE, loss), loss.isDegraded());
        }
    }

    private static void readAppAccessContext(JsonNode value, AuditFields fields, Degradation degradation) {
        JsonNode context = StructuredValues.resolve(value, degradation);
        if (context != null && context.isObject()) {
            fields.putAppAccessContext(context.get("AADSessionId"), context.get("APIId"), context.get("ClientAppId"));
        }
    }

    /**
     * Counts the top-level fields that carry a value, and marks the record degraded when one of them (or an
     * element of a top-level array) is a PowerShell rendering or type name instead of data.
     */
    private static int fieldCount(JsonNode auditData, Degradation degradation) {
        int count = 0;
        for (Iterator<JsonNode> values = auditData.elements(); values.hasNext(); ) {
            JsonNode value = values.next();
            if (JsonValues.hasContent(value)) {
                count++;
                if (isFlattened(value)) {
                    degradation.mark();
                }
            }
        }
        return count;
    }

    private static boolean isFlattened(JsonNode value) {
        if (value.isTextual()) {
            return PowerShellFlattening.isFlattenedValue(value.textValue());
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (element.isTextual() && PowerShellFlattening.isFlattenedValue(element.textValue())) {
                    return true;
                }
            }
        }
        return false;
    }
}
