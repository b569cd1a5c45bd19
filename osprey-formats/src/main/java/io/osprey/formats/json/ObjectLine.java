package io.osprey.formats.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognizes the common case of JSON lines cheaply: a line holding exactly one valid JSON object (optionally
 * surrounded by spaces or tabs) whose top-level member names need no unescaping and which is not a Microsoft
 * Graph page. It validates the JSON grammar without building anything and collects the top-level member
 * names. Anything else (broken JSON included) is left to the streaming parser, which reports it as before.
 */
final class ObjectLine {
    private static final int MAX_DEPTH = 64;
    private static final String PAGE_VALUES_NAME = "value";
    private static final String ODATA_PREFIX = "@odata.";

    private final char[] line;
    private final int end;
    private int index;
    private int depth;

    private ObjectLine(char[] line, int start, int end) {
        this.line = line;
        this.index = start;
        this.end = end;
    }

    /** Where the object starts and ends in the line, and its top-level member names. */
    record Found(int start, int end, List<String> names) {
    }

    /** The object on {@code line[from, to)} (no line terminator in it), or null when the line is not one. */
    static Found find(char[] line, int from, int to) {
        int start = from;
        while (start < to && (line[start] == ' ' || line[start] == '\t')) {
            start++;
        }
        int end = to;
        while (end > start && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r')) {
            end--;
        }
        if (start >= end || line[start] != '{' || line[end - 1] != '}') {
            return null;
        }
        List<String> names = new ArrayList<>();
        ObjectLine scanner = new ObjectLine(line, start, end);
        if (!scanner.object(names) || scanner.index != end || isGraphPage(names)) {
            return null;
        }
        return new Found(start, end, names);
    }

    /** A Graph page: its {@code value} member comes first or after {@code @odata.} annotations only. */
    private static boolean isGraphPage(List<String> names) {
        for (String name : names) {
            if (name.equals(PAGE_VALUES_NAME)) {
                return true;
            }
            if (!name.startsWith(ODATA_PREFIX)) {
                return false;
            }
        }
        return false;
    }

    /** An object at {@code index}; collects its member names when {@code names} is not null. */
    private boolean object(List<String> names) {
        if (++depth > MAX_DEPTH) {
            return false;
        }
        index++; // the opening brace
        skipSpace();
        if (peek() == '}') {
            index++;
            depth--;
            return true;
        }
        while (true) {
            skipSpace();
            int nameStart = index + 1;
            if (peek() != '"' || !string(names != null)) {
                return false;
            }
            if (names != null) {
                names.add(new String(line, nameStart, index - 1 - nameStart));
            }
            skipSpace();
            if (peek() != ':') {
                return false;
            }
            index++;
            if (!value()) {
                return false;
            }
            skipSpace();
            char next = peek();
            index++;
            if (next == '}') {
                depth--;
                return true;
            }
            if (next != ',') {
                return false;
            }
        }
    }

    private boolean array() {
        if (++depth > MAX_DEPTH) {
            return false;
        }
        index++; // the opening bracket
        skipSpace();
        if (peek() == ']') {
            index++;
            depth--;
            return true;
        }
        while (true) {
            if (!value()) {
                return false;
            }
            skipSpace();
            char next = peek();
            index++;
            if (next == ']') {
                depth--;
                return true;
            }
            if (next != ',') {
                return false;
            }
        }
    }

    private boolean value() {
        skipSpace();
        return switch (peek()) {
            case '{' -> object(null);
            case '[' -> array();
            case '"' -> string(false);
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        };
    }

    /** A string at {@code index}; a member name ({@code plainOnly}) may hold no escape. */
    private boolean string(boolean plainOnly) {
        index++; // the opening quote
        while (index < end) {
            char character = line[index++];
            if (character == '"') {
                return true;
            }
            if (character == '\\') {
                if (plainOnly || !escape()) {
                    return false;
                }
            } else if (character < 0x20) {
                return false;
            }
        }
        return false;
    }

    private boolean escape() {
        if (index >= end) {
            return false;
        }
        char escaped = line[index++];
        if (escaped == 'u') {
            for (int digit = 0; digit < 4; digit++) {
                if (index >= end || Character.digit(line[index++], 16) < 0) {
                    return false;
                }
            }
            return true;
        }
        return "\"\\/bfnrt".indexOf(escaped) >= 0;
    }

    private boolean literal(String word) {
        if (end - index < word.length()) {
            return false;
        }
        for (int offset = 0; offset < word.length(); offset++) {
            if (line[index + offset] != word.charAt(offset)) {
                return false;
            }
        }
        index += word.length();
        return true;
    }

    /** A number per the JSON grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
    private boolean number() {
        if (peek() == '-') {
            index++;
        }
        if (peek() == '0') {
            index++;
        } else if (!digits()) {
            return false;
        }
        if (peek() == '.') {
            index++;
            if (!digits()) {
                return false;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            index++;
            if (peek() == '+' || peek() == '-') {
                index++;
            }
            return digits();
        }
        return true;
    }

    private boolean digits() {
        int first = index;
        while (index < end && line[index] >= '0' && line[index] <= '9') {
            index++;
        }
        return index > first;
    }

    private void skipSpace() {
        while (index < end) {
            char character = line[index];
            if (character != ' ' && character != '\t') {
                return;
            }
            index++;
        }
    }

    private char peek() {
        return index < end ? line[index] : '\0';
    }
}
