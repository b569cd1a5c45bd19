package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
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
        if (first == '-' || JsonLexemes.isDigit(first)) {
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

    /**
     * Reads a string value without decoding it; see {@link #lastStringIsEmpty()}, {@link #lastString()}. The
     * closing quote is found with {@link String#indexOf(int, int)} (vectorized by the JVM) and the span checked
     * for escapes and control characters; a string that has any takes the character-by-character path.
     */
    void skipString() {
        expect('"');
        int start = position;
        int quote = text.indexOf('"', start);
        if (quote < 0) {
            throw Declined.INSTANCE;
        }
        for (int index = start; index < quote; index++) {
            char character = text.charAt(index);
            if (character < ' ' || character == '\\') {
                skipEscapedString(start);
                return;
            }
        }
        stringStart = start;
        stringEnd = quote;
        stringEscaped = false;
        position = quote + 1;
    }

    /** Reads a string containing escapes (or an illegal control character, which declines). */
    private void skipEscapedString(int start) {
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
                index = JsonLexemes.escapeEnd(text, index);
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
        return stringEscaped ? JsonLexemes.decode(text, stringStart, stringEnd) : text.substring(stringStart, stringEnd);
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

    // ---- tokens

    private JsonNode integer() {
        int end = JsonLexemes.integerEnd(text, position);
        JsonNode value = JsonLexemes.integerNode(text, position, end);
        position = end;
        return value;
    }

    private void skipNumber() {
        position = JsonLexemes.numberEnd(text, position);
    }

    private JsonNode literal(char first) {
        String word = first == 't' ? "true" : first == 'f' ? "false" : "null";
        if (!text.startsWith(word, position)) {
            throw Declined.INSTANCE;
        }
        position += word.length();
        return first == 't' ? BooleanNode.TRUE : first == 'f' ? BooleanNode.FALSE : NullNode.getInstance();
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
        return JsonLexemes.whitespaceEnd(text, from);
    }
}
