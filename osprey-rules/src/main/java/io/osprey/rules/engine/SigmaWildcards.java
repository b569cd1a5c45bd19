package io.osprey.rules.engine;

import java.util.regex.Pattern;

/**
 * Sigma's wildcards in plain values: {@code *} any run of characters, {@code ?} one character, a backslash
 * escapes a following {@code *}, {@code ?} or backslash and is literal before anything else.
 */
final class SigmaWildcards {
    private SigmaWildcards() {
    }

    static boolean hasWildcard(String value) {
        for (int index = 0; index < value.length(); index++) {
            char character = value.charAt(index);
            if (character == '\\' && index + 1 < value.length() && isSpecial(value.charAt(index + 1))) {
                index++;
            } else if (character == '*' || character == '?') {
                return true;
            }
        }
        return false;
    }

    /** The value with escapes resolved, for values without wildcards. */
    static String unescape(String value) {
        StringBuilder text = new StringBuilder(value.length());
        for (int index = 0; index < value.length(); index++) {
            char character = value.charAt(index);
            if (character == '\\' && index + 1 < value.length() && isSpecial(value.charAt(index + 1))) {
                index++;
                character = value.charAt(index);
            }
            text.append(character);
        }
        return text.toString();
    }

    /** An anchored, case-insensitive pattern for the value, with {@code leading}/{@code trailing} "*" added. */
    static Pattern toPattern(String value, boolean anyPrefix, boolean anySuffix) {
        StringBuilder regex = new StringBuilder(anyPrefix ? ".*" : "");
        StringBuilder literal = new StringBuilder();
        for (int index = 0; index < value.length(); index++) {
            char character = value.charAt(index);
            if (character == '\\' && index + 1 < value.length() && isSpecial(value.charAt(index + 1))) {
                index++;
                literal.append(value.charAt(index));
            } else if (character == '*' || character == '?') {
                flush(literal, regex);
                regex.append(character == '*' ? ".*" : ".");
            } else {
                literal.append(character);
            }
        }
        flush(literal, regex);
        if (anySuffix) {
            regex.append(".*");
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    private static void flush(StringBuilder literal, StringBuilder regex) {
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }

    private static boolean isSpecial(char character) {
        return character == '*' || character == '?' || character == '\\';
    }
}
