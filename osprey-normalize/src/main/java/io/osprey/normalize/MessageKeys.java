package io.osprey.normalize;

import io.osprey.model.MessageIds;

/**
 * {@link MessageIds#matchKey} with one allocation for the common case: an ASCII InternetMessageId is trimmed,
 * unbracketed and lower-cased in a single pass. Anything outside ASCII goes to {@link MessageIds#matchKey},
 * whose result this always equals.
 */
final class MessageKeys {
    private MessageKeys() {
    }

    static String matchKey(String internetMessageId) {
        if (internetMessageId == null) {
            return null;
        }
        int start = trimStart(internetMessageId, 0, internetMessageId.length());
        int end = trimEnd(internetMessageId, start, internetMessageId.length());
        if (start < end && internetMessageId.charAt(start) == '<') {
            start++;
        }
        if (start < end && internetMessageId.charAt(end - 1) == '>') {
            end--;
        }
        start = trimStart(internetMessageId, start, end);
        end = trimEnd(internetMessageId, start, end);
        if (start == end) {
            return null;
        }
        char[] key = new char[end - start];
        for (int index = start; index < end; index++) {
            char character = internetMessageId.charAt(index);
            if (character >= 0x80) {
                return MessageIds.matchKey(internetMessageId);
            }
            key[index - start] = character >= 'A' && character <= 'Z' ? (char) (character + ('a' - 'A')) : character;
        }
        return new String(key);
    }

    /** As {@link String#trim()}: characters up to U+0020 are removed. */
    private static int trimStart(String text, int start, int end) {
        int index = start;
        while (index < end && text.charAt(index) <= ' ') {
            index++;
        }
        return index;
    }

    private static int trimEnd(String text, int start, int end) {
        int index = end;
        while (index > start && text.charAt(index - 1) <= ' ') {
            index--;
        }
        return index;
    }
}
