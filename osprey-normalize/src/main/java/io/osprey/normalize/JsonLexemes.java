package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;

/**
 * The lexical rules of JSON as Jackson applies them by default, for {@link JsonScanner}: numbers without
 * leading zeros or a plus sign, the eight one-letter escapes and backslash-u with four ASCII hex digits,
 * whitespace of space, tab, CR and LF only. Each method reads at a position of the text and returns where the
 * lexeme ends, or declines ({@link JsonScanner.Declined}).
 */
final class JsonLexemes {
    private static final int MAX_NUMBER_LENGTH = 100;
    private static final int MAX_LONG_DIGITS = 18;

    private JsonLexemes() {
    }

    /** End of {@code -?(0|[1-9][0-9]*)} starting at {@code start}. */
    static int integerEnd(String text, int start) {
        int length = text.length();
        int index = start < length && text.charAt(start) == '-' ? start + 1 : start;
        if (index == length || !isDigit(text.charAt(index))) {
            throw JsonScanner.Declined.INSTANCE;
        }
        if (text.charAt(index) == '0') {
            if (index + 1 < length && isDigit(text.charAt(index + 1))) {
                throw JsonScanner.Declined.INSTANCE; // leading zero
            }
            return index + 1;
        }
        return digitsEnd(text, index);
    }

    /**
     * The node Jackson builds for the integer {@code text[start, end)} (an int when it fits, else a long).
     * A decimal or exponent part after it declines: its text form is Jackson's to decide.
     */
    static JsonNode integerNode(String text, int start, int end) {
        if (end < text.length() && isNumberContinuation(text.charAt(end))) {
            throw JsonScanner.Declined.INSTANCE;
        }
        boolean negative = text.charAt(start) == '-';
        int digitStart = negative ? start + 1 : start;
        if (end - digitStart > MAX_LONG_DIGITS) {
            throw JsonScanner.Declined.INSTANCE;
        }
        long value = 0;
        for (int index = digitStart; index < end; index++) {
            value = value * 10 + (text.charAt(index) - '0');
        }
        value = negative ? -value : value;
        return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    }

    /** End of a number with optional fraction and exponent starting at {@code start}. */
    static int numberEnd(String text, int start) {
        int length = text.length();
        int index = integerEnd(text, start);
        if (index < length && text.charAt(index) == '.') {
            index = digitsEnd(text, index + 1);
        }
        if (index < length && (text.charAt(index) == 'e' || text.charAt(index) == 'E')) {
            index++;
            if (index < length && (text.charAt(index) == '+' || text.charAt(index) == '-')) {
                index++;
            }
            index = digitsEnd(text, index);
        }
        if (index - start > MAX_NUMBER_LENGTH) {
            throw JsonScanner.Declined.INSTANCE;
        }
        return index;
    }

    /** End of one or more digits starting at {@code start}. */
    private static int digitsEnd(String text, int start) {
        int index = start;
        while (index < text.length() && isDigit(text.charAt(index))) {
            index++;
        }
        if (index == start) {
            throw JsonScanner.Declined.INSTANCE;
        }
        return index;
    }

    /** Checks the escape starting at the backslash {@code index}; returns the index of its last character. */
    static int escapeEnd(String text, int index) {
        int length = text.length();
        if (index + 1 >= length) {
            throw JsonScanner.Declined.INSTANCE;
        }
        switch (text.charAt(index + 1)) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return index + 1;
            }
            case 'u' -> {
                if (index + 5 >= length) {
                    throw JsonScanner.Declined.INSTANCE;
                }
                for (int digit = index + 2; digit <= index + 5; digit++) {
                    if (!isHexDigit(text.charAt(digit))) {
                        throw JsonScanner.Declined.INSTANCE;
                    }
                }
                return index + 5;
            }
            default -> throw JsonScanner.Declined.INSTANCE;
        }
    }

    /** Decodes string content whose escapes {@link #escapeEnd} has checked. */
    static String decode(String text, int start, int end) {
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

    /** End of the whitespace (space, LF, CR, tab) starting at {@code from}. */
    static int whitespaceEnd(String text, int from) {
        int index = from;
        while (index < text.length()) {
            char character = text.charAt(index);
            if (character != ' ' && character != '\n' && character != '\r' && character != '\t') {
                break;
            }
            index++;
        }
        return index;
    }

    static boolean isDigit(char character) {
        return character >= '0' && character <= '9';
    }

    private static boolean isNumberContinuation(char character) {
        return character == '.' || character == 'e' || character == 'E';
    }

    /** ASCII hex digits only, as JSON defines them ({@link Character#digit} also accepts other scripts). */
    private static boolean isHexDigit(char character) {
        return isDigit(character) || (character >= 'a' && character <= 'f') || (character >= 'A' && character <= 'F');
    }
}
