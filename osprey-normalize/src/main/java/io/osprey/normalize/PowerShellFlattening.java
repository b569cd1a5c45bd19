package io.osprey.normalize;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recognizes the text PowerShell writes when it flattens an object it was not asked to serialize deeply:
 * hashtable renderings {@code @{Value=Bind; Name=MailAccessType}} and type names such as
 * {@code System.Object[]} or {@code System.Collections.Generic.List`1[...]}. The artefact text is never data.
 */
final class PowerShellFlattening {
    private static final String HASHTABLE_START = "@{";

    private PowerShellFlattening() {
    }

    /** Whether the text shows PowerShell flattening anywhere in it. */
    static boolean isArtefact(String text) {
        return text != null && (text.contains(HASHTABLE_START) || text.contains("System.Object[]")
                || text.contains("System.Collections"));
    }

    /** Whether the text is a bare type name standing in for a lost value ({@code System.Object[]}). */
    static boolean isLostValue(String text) {
        return text.startsWith("System.Object[]") || text.startsWith("System.Collections");
    }

    /** Whether a whole value is a hashtable rendering or a lost type name (leading spaces ignored). */
    static boolean isFlattenedValue(String text) {
        if (text.isEmpty() || !mayStartFlattenedValue(text.charAt(0))) {
            return false;
        }
        String trimmed = text.strip();
        return isHashtable(trimmed) || isLostValue(trimmed);
    }

    /**
     * Whether a value starting with this character may be flattened: {@code @}, {@code S} or whitespace. Lets
     * callers skip most values without looking further.
     */
    static boolean mayStartFlattenedValue(char first) {
        return first == '@' || first == 'S' || Character.isWhitespace(first);
    }

    static boolean isHashtable(String text) {
        return text.startsWith(HASHTABLE_START) && text.endsWith("}");
    }

    /**
     * Reads a hashtable rendering into its keys and values, in order. Entries are separated by {@code "; "}
     * followed by a key and {@code =}, so a value containing a semicolon stays whole. Lost values
     * ({@code System.Object[]}) read as empty strings.
     */
    static Map<String, String> parseHashtable(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        int end = text.length() - 1;
        int start = HASHTABLE_START.length();
        while (start < end) {
            int next = nextEntryStart(text, start, end);
            int separator = text.indexOf('=', start);
            if (separator > start && separator < next) {
                String key = text.substring(start, separator).trim();
                String value = text.substring(separator + 1, next == end ? end : next - 2);
                entries.putIfAbsent(key, isLostValue(value) ? "" : value);
            }
            start = next;
        }
        return entries;
    }

    /** Position after the next {@code "; "} that is followed by {@code key=}; {@code end} when there is none. */
    private static int nextEntryStart(String text, int from, int end) {
        int candidate = text.indexOf("; ", from);
        while (candidate >= 0 && candidate < end) {
            int keyStart = candidate + 2;
            int position = keyStart;
            while (position < end && isKeyCharacter(text.charAt(position))) {
                position++;
            }
            if (position > keyStart && position < end && text.charAt(position) == '=') {
                return keyStart;
            }
            candidate = text.indexOf("; ", candidate + 1);
        }
        return end;
    }

    private static boolean isKeyCharacter(char character) {
        return Character.isLetterOrDigit(character) || character == '_' || character == '.';
    }
}
