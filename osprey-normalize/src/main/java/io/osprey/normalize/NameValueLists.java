package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns the schema's Name/Value collections (OperationProperties, Parameters, ExtendedProperties,
 * DeviceProperties; ModifiedProperties with NewValue) into name-to-value maps. Accepts an array of objects,
 * a JSON string holding one, entries flattened by PowerShell ({@code "@{Value=Bind; Name=MailAccessType}"},
 * read but marked degraded), bare name strings (ModifiedProperties of item updates) and a plain object used
 * as a dictionary. A null value reads as an empty string; the first entry of a repeated name wins.
 */
final class NameValueLists {
    static final String VALUE = "Value";
    static final String NEW_VALUE = "NewValue";
    private static final String NAME = "Name";

    private NameValueLists() {
    }

    static Map<String, String> read(JsonNode field, String valueKey, Degradation degradation) {
        JsonNode list = StructuredValues.resolve(field, degradation);
        if (list == null) {
            return Map.of();
        }
        Map<String, String> entries = new HashMap<>();
        if (list.isArray()) {
            for (JsonNode entry : list) {
                addEntry(entry, valueKey, entries, degradation);
            }
        } else if (list.isObject() && !list.has(NAME)) {
            list.fields().forEachRemaining(
                    property -> entries.putIfAbsent(property.getKey(), valueText(property.getValue(), degradation)));
        } else {
            addEntry(list, valueKey, entries, degradation);
        }
        return entries;
    }

    private static void addEntry(JsonNode entry, String valueKey, Map<String, String> entries,
                                 Degradation degradation) {
        if (entry.isObject()) {
            String name = JsonValues.text(entry.get(NAME));
            if (name != null) {
                entries.putIfAbsent(name, valueText(entry.get(valueKey), degradation));
            }
        } else if (entry.isTextual()) {
            addTextEntry(entry.textValue(), valueKey, entries, degradation);
        }
    }

    private static void addTextEntry(String text, String valueKey, Map<String, String> entries,
                                     Degradation degradation) {
        String trimmed = text.trim();
        if (PowerShellFlattening.isHashtable(trimmed)) {
            degradation.mark();
            Map<String, String> hashtable = PowerShellFlattening.parseHashtable(trimmed);
            String name = hashtable.get(NAME);
            if (name != null && !name.isEmpty()) {
                entries.putIfAbsent(name, hashtable.getOrDefault(valueKey, ""));
            }
        } else if (PowerShellFlattening.isArtefact(trimmed)) {
            degradation.mark();
        } else if (!trimmed.isEmpty()) {
            entries.putIfAbsent(trimmed, "");
        }
    }

    /** The value as text; a value PowerShell replaced by a rendering or a type name marks the record degraded. */
    static String valueText(JsonNode value, Degradation degradation) {
        String text = JsonValues.text(value);
        if (text == null) {
            return "";
        }
        if (value.isTextual() && PowerShellFlattening.isLostValue(text)) {
            degradation.mark();
            return "";
        }
        if (value.isTextual() && PowerShellFlattening.isHashtable(text)) {
            degradation.mark();
        }
        return text;
    }
}
