package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the top level of a PowerShell hashtable rendering ({@code @{Id=...; Operation=...; Folders=System.Object[]}})
 * into an object of text values, so a record flattened that way still has its Id, time and operation. Nested
 * renderings stay text; the record is degraded either way.
 */
final class PowerShellHashtable {
    private PowerShellHashtable() {
    }

    /** The object, or null when the text is not a hashtable rendering. */
    static ObjectNode parse(String text) {
        String body = text.strip();
        if (!body.startsWith("@{") || !body.endsWith("}")) {
            return null;
        }
        ObjectNode object = CsvJson.object();
        int depth = 0;
        int start = 2;
        int end = body.length() - 1;
        for (int i = start; i <= end; i++) {
            char c = i == end ? ';' : body.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ';' && depth == 0) {
                addEntry(object, body.substring(start, i));
                start = i + 1;
            }
        }
        return object;
    }

    private static void addEntry(ObjectNode object, String entry) {
        int equals = entry.indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = entry.substring(0, equals).strip();
        if (!name.isEmpty()) {
            object.put(name, entry.substring(equals + 1).strip());
        }
    }
}
