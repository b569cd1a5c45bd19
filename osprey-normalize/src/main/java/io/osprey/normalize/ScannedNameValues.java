package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * The fast path's reading of a name/value list ({@link NameValueLists}) in its plain form: an array of
 * {@code {"Name": ..., "Value": ...}} objects, bare name strings (ModifiedProperties of item updates) or
 * values to ignore. The other forms — a JSON string holding the list, a dictionary object, PowerShell
 * renderings — decline, and the tree path reads them.
 */
final class ScannedNameValues {
    private static final String NAME = "Name";

    private ScannedNameValues() {
    }

    static Map<String, String> read(JsonScanner json, String valueKey, Degradation degradation) {
        char first = json.peek();
        if (first == '[') {
            return readArray(json, valueKey, degradation);
        }
        if (first == '{' || first == '"' && json.nextHasContent()) {
            throw JsonScanner.Declined.INSTANCE;
        }
        json.skipValue(); // null, "", a number or a boolean: no entries
        return Map.of();
    }

    private static Map<String, String> readArray(JsonScanner json, String valueKey, Degradation degradation) {
        NameValueEntries entries = new NameValueEntries();
        for (boolean more = json.enterArray(); more; more = json.nextElement()) {
            char first = json.peek();
            if (first == '{') {
                addEntry(json, valueKey, entries, degradation);
            } else if (first == '"') {
                addName(json.string(), entries);
            } else {
                json.skipValue();
            }
        }
        return entries.toMap();
    }

    private static void addEntry(JsonScanner json, String valueKey, NameValueEntries entries,
                                 Degradation degradation) {
        JsonNode name = null;
        JsonNode value = null;
        for (boolean more = json.enterObject(); more; more = json.nextMember()) {
            json.readName();
            if (json.nameIs(NAME)) {
                name = once(name, json);
            } else if (json.nameIs(valueKey)) {
                value = once(value, json);
            } else {
                json.skipValue();
            }
        }
        String nameText = JsonValues.text(name);
        if (nameText != null) {
            entries.putIfAbsent(nameText, NameValueLists.valueText(value, degradation));
        }
    }

    /** A bare name string; PowerShell renderings decline (the tree path reads them and marks the loss). */
    private static void addName(String text, NameValueEntries entries) {
        if (PowerShellFlattening.isArtefact(text)) {
            throw JsonScanner.Declined.INSTANCE;
        }
        String name = text.trim();
        if (!name.isEmpty()) {
            entries.putIfAbsent(name, "");
        }
    }

    /** Reads a member's scalar value; a repeated member declines (Jackson would keep the last one). */
    static JsonNode once(JsonNode earlier, JsonScanner json) {
        if (earlier != null) {
            throw JsonScanner.Declined.INSTANCE;
        }
        return json.scalar();
    }
}
