package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the top level of a PowerShell hashtable rendering ({@code @{Id=...; Operation=...; Folders=System.Object[]}})
 * into an object of text values, so a record flattened that way still has its Id, time and operation. Entries are
 * separated by {@code "; "} before the next {@code Name=}, so values such as {@code Client=REST;;} stay whole;
 * nested renderings stay text. The record is degraded either way.
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
        int end = body.length() - 1;
        int start = 2;
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ';' && depth == 0 && startsEntry(body, i + 1, end)) {
                addEntry(object, body.substring(start, i));
                start = i + 2;
            }
        }
        addEntry(object, body.substring(start, end));
        return object;
    }

    /** True when {@code " Name="} follows at {@code index}: the separator of the next entry. */
    private static boolean startsEntry(String body, int index, int end) {
        if (index >= end || body.charAt(index) != ' ') {
            return false;
        }
        int i = index + 1;
        while (i < end && isNameChar(body.charAt(i))) {
            i++;
        }
        return i > index + 1 && i < end && body.charAt(i) == '=';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '@' || c == '-';
    }

    private static void addEntry(ObjectNode object, String entry) {
        int equals = entry.indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = entry.substring(0, equals).strip();
        if (!name.isEmpty()) {
            object.put(name, entry.substring(equals + 1));
        }
    }
}
