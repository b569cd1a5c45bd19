package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A strict cursor over JSON text for the normalizer's fast path: it walks the text once, character by
 * character, and materializes only the values a caller asks for. It accepts only the part of JSON that
 * Jackson reads the same way and declines ({@link Declined}) everything else — invalid syntax, escaped member
 * names, decimal numbers where a value is wanted, very deep nesting or long names — so the caller can hand
 * the text to Jackson, which reads it or rejects it with its own message. It never accepts text that Jackson
 * would reject. One instance per text; not shared.
 */
final class JsonScanner {
    /** The text is outside what this scanner reads; the caller falls back to Jackson. Carries no stack trace. */
    static final class Declined extends RuntimeException {
        static final Declined INSTANCE = new Declined();

        private Declined() {
            super("outside the fast path's JSON subset", null, false, false);
        }
    }

    private static final int MAX_DEPTH = 64;
    private static final int MAX_NAME_LENGTH = 1000;
    private static final int MAX_NUMBER_LENGTH = 100;
    private static final int MAX_LONG_DIGITS = 18;

    private final String text;
    private final int length;
    private int position;
    private int nameStart;
    private int nameEnd;
    private int stringStart;
    private int stringEnd;
    private boolean stringEscaped;

    JsonScanner(String text) {
        this.text = text;
        this.length = text.length();
    }

    // ---- structure

    /** Enters an object; true when it has a first member (read it with {@link #readName()}). */
    boolean enterObject() {
        expect('{');
        return !closes('}');
    }

    /** After a member's value: true when another member follows, false at the end of the object. */
    boolean nextMember() {
        return next('}');
    }

    /** Enters an array; true when it has a first element. */
    boolean enterArray() {
        expect('[');
        return !closes(']');
    }

    /** After an element: true when another element follows, false at the end of the array. */
    boolean nextElement() {
        return next(']');
    }

    /** Reads a member name and its colon; see {@link #nameIs}, {@link #nameKey()}. Escaped names decline. */
    void readName() {
        expect('"');
        int start = position;
        for (int index = start; index < length; index++) {
            char character = text.charAt(index);
            if (character == '"') {
                if (index - start > MAX_NAME_LENGTH) {
                    throw Declined.INSTANCE;
                }
                nameStart = start;
                nameEnd = index;
                position = index + 1;
                expect(':');
                return;
            }
            if (character == '\\' || character < ' ') {
                throw Declined.INSTANCE;
            }
        }
        throw Declined.INSTANCE;
    }

    boolean nameIs(String name) {
        int nameLength = nameEnd - nameStart;
        return nameLength == name.length() && nameLength > 0 && text.charAt(nameStart) == name.charAt(0)
                && text.regionMatches(nameStart, name, 0, nameLength);
    }

    /** A cheap hash of the last name; equal names have equal keys (see {@link #nameKey(CharSequence, int, int)}). */
    int nameKey() {
        return nameKey(text, nameStart, nameEnd);
    }

    /**
     * A hash from a name's length and its first, middle and last characters: enough to tell member names apart
     * in a small table, without the per-character cost of {@link String#hashCode()}. Callers compare names.
     */
    static int nameKey(CharSequence characters, int start, int end) {
        int nameLength = end - start;
        if (nameLength == 0) {
            return 0;
        }
        int key = nameLength * 31 + characters.charAt(start);
        key = key * 31 + characters.charAt(start + nameLength / 2);
        return key * 31 + characters.charAt(end - 1);
    }

    int nameStart() {
        return nameStart;
    }

    int nameEnd() {
        return nameEnd;
    }

    String text() {
        return text;
    }

    /** Requires that nothing but whitespace follows. */
    void endDocument() {
        if (skipWhitespace() != length) {
            throw Declined.INSTANCE;
        }
    }

    // ---- values

    /** The first character of the next value (after whitespace), not consumed. */
    char peek() {
        if (position < length) {
            char next = text.charAt(position);
            if (next > ' ') {
                return next; // compact JSON: no whitespace to skip
            }
        }
        int index = skipWhitespace();
        if (index == length) {
            throw Declined.INSTANCE;
        }
        return text.charAt(index);
    }

    /** Whether the next value carries information: not null, not an empty string, array or object. */
    boolean nextHasContent() {
        char first = peek();
        return switch (first) {
            case 'n' -> false;
            case '"' -> position + 1 < length && text.charAt(position + 1) != '"';
            case '[', '{' -> {
                int after = skipWhitespace(position + 1);
                yield after < length && text.charAt(after) != (first == '[' ? ']' : '}');
            }
            default -> true;
        };
    }

    /**
     * Reads a scalar as the node Jackson would build for it: text, an int or long number, a boolean or null.
     * Containers and decimal numbers decline.
     */
    JsonNode scalar() {
        char first = peek();
        if (first == '"') {
            return TextNode.valueOf(string());
        }
        if (first == '-' || isDigit(first)) {
            return integer();
        }
        if (first == 't' || first == 'f' || first == 'n') {
            return literal(first);
        }
        throw Declined.INSTANCE;
    }

    /** Reads a string value and returns its decoded text. */
    String string() {
        skipString();
        return lastString();
    }

    /** Reads a string value without decoding it; see {@link #lastStringIsEmpty()}, {@link #lastString()}. */
    void skipString() {
        expect('"');
        int start = position;
        boolean escaped = false;
        for (int index = start; index < length; index++) {
            char character = text.charAt(index);
            if (character == '"') {
                stringStart = start;
                stringEnd = index;
                stringEscaped = escaped;
                position = index + 1;
                return;
            }
            if (character == '\\') {
                index = escapeEnd(index);
                escaped = true;
            } else if (character < ' ') {
                throw Declined.INSTANCE;
            }
        }
        throw Declined.INSTANCE;
    }

    boolean lastStringIsEmpty() {
        return stringStart == stringEnd;
    }

    /** The first character of the last string as written (an escape shows as its backslash). */
    char lastStringFirstCharacter() {
        return text.charAt(stringStart);
    }

    String lastString() {
        return stringEscaped ? decode(stringStart, stringEnd) : text.substring(stringStart, stringEnd);
    }

    /** Skips any value, checking its syntax. */
    void skipValue() {
        skipValue(0);
    }

    private void skipValue(int depth) {
        if (depth > MAX_DEPTH) {
            throw Declined.INSTANCE;
        }
        char first = peek();
        switch (first) {
            case '"' -> skipString();
            case '{' -> {
                for (boolean more = enterObject(); more; more = nextMember()) {
                    readName();
                    skipValue(depth + 1);
                }
            }
            case '[' -> {
                for (boolean more = enterArray(); more; more = nextElement()) {
                    skipValue(depth + 1);
                }
            }
            case 't', 'f', 'n' -> literal(first);
            default -> skipNumber();
        }
    }

    // ---- lexical details

    private JsonNode integer() {
        int start = position;
        int end = integerEnd(start);
        if (end < length && isNumberContinuation(text.charAt(end))) {
            throw Declined.INSTANCE; // a decimal or exponent: its text form is Jackson's to decide
        }
        boolean negative = text.charAt(start) == '-';
        int digitStart = negative ? start + 1 : start;
        if (end - digitStart > MAX_LONG_DIGITS) {
            throw Declined.INSTANCE;
        }
        long value = 0;
        for (int index = digitStart; index < end; index++) {
            value = value * 10 + (text.charAt(index) - '0');
        }
        position = end;
        value = negative ? -value : value;
        return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    }

    private void skipNumber() {
        int start = position;
        int index = integerEnd(start);
        if (index < length && text.charAt(index) == '.') {
            index = digitsEnd(index + 1);
        }
        if (index < length && (text.charAt(index) == 'e' || text.charAt(index) == 'E')) {
            index++;
            if (index < length && (text.charAt(index) == '+' || text.charAt(index) == '-')) {
                index++;
            }
            index = digitsEnd(index);
        }
        if (index - start > MAX_NUMBER_LENGTH) {
            throw Declined.INSTANCE;
        }
        position = index;
    }

    /** End of {@code -?(0|[1-9][0-9]*)} starting at {@code start}; declines on anything else. */
    private int integerEnd(int start) {
        int index = start < length && text.charAt(start) == '-' ? start + 1 : start;
        if (index == length || !isDigit(text.charAt(index))) {
            throw Declined.INSTANCE;
        }
        if (text.charAt(index) == '0') {
            if (index + 1 < length && isDigit(text.charAt(index + 1))) {
                throw Declined.INSTANCE; // leading zero
            }
            return index + 1;
        }
        return digitsEnd(index);
    }

    /** End of one or more digits starting at {@code start}; declines when there is none. */
    private int digitsEnd(int start) {
        int index = start;
        while (index < length && isDigit(text.charAt(index))) {
            index++;
        }
        if (index == start) {
            throw Declined.INSTANCE;
        }
        return index;
    }

    private JsonNode literal(char first) {
        String word = first == 't' ? "true" : first == 'f' ? "false" : "null";
        if (!text.startsWith(word, position)) {
            throw Declined.INSTANCE;
        }
        position += word.length();
        return first == 't' ? BooleanNode.TRUE : first == 'f' ? BooleanNode.FALSE : NullNode.getInstance();
    }

    /** Checks the escape starting at the backslash {@code index}; returns the index of its last character. */
    private int escapeEnd(int index) {
        if (index + 1 >= length) {
            throw Declined.INSTANCE;
        }
        switch (text.charAt(index + 1)) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return index + 1;
            }
            case 'u' -> {
                if (index + 5 >= length) {
                    throw Declined.INSTANCE;
                }
                for (int digit = index + 2; digit <= index + 5; digit++) {
                    if (!isHexDigit(text.charAt(digit))) {
                        throw Declined.INSTANCE;
                    }
                }
                return index + 5;
            }
            default -> throw Declined.INSTANCE;
        }
    }

    /** Decodes string content already checked by {@link #skipString()}. */
    private String decode(int start, int end) {
        StringBuilder decoded = new StringBuilder(end - start);
        for (int index = start; index < end; index++) {
            char character = text.charAt(index);
            if (character != '\\') {
                decoded.append(character);
                continue;
            }
            char escape = text.charAt(++index);
            switch (escape) {
                case 'b' -> decoded.append('\b');
                case 'f' -> decoded.append('\f');
                case 'n' -> decoded.append('\n');
                case 'r' -> decoded.append('\r');
                case 't' -> decoded.append('\t');
                case 'u' -> {
                    decoded.append((char) Integer.parseInt(text, index + 1, index + 5, 16));
                    index += 4;
                }
                default -> decoded.append(escape);
            }
        }
        return decoded.toString();
    }

    private void expect(char expected) {
        if (position < length && text.charAt(position) == expected) {
            position++;
            return;
        }
        int index = skipWhitespace();
        if (index == length || text.charAt(index) != expected) {
            throw Declined.INSTANCE;
        }
        position = index + 1;
    }

    /** Consumes {@code close} if it is the next character (the container is empty). */
    private boolean closes(char close) {
        int index = skipWhitespace();
        if (index < length && text.charAt(index) == close) {
            position = index + 1;
            return true;
        }
        return false;
    }

    private boolean next(char close) {
        int index = position < length && text.charAt(position) > ' ' ? position : skipWhitespace();
        char separator = index < length ? text.charAt(index) : 0;
        if (separator != ',' && separator != close) {
            throw Declined.INSTANCE;
        }
        position = index + 1;
        return separator == ',';
    }

    private int skipWhitespace() {
        position = skipWhitespace(position);
        return position;
    }

    private int skipWhitespace(int from) {
        int index = from;
        while (index < length) {
            char character = text.charAt(index);
            if (character != ' ' && character != '\n' && character != '\r' && character != '\t') {
                break;
            }
            index++;
        }
        return index;
    }

    private static boolean isNumberContinuation(char character) {
        return character == '.' || character == 'e' || character == 'E';
    }

    /** ASCII hex digits only, as JSON defines them ({@link Character#digit} also accepts other scripts). */
    private static boolean isHexDigit(char character) {
        return isDigit(character) || (character >= 'a' && character <= 'f') || (character >= 'A' && character <= 'F');
    }

    private static boolean isDigit(char character) {
        return character >= '0' && character <= '9';
    }
}
