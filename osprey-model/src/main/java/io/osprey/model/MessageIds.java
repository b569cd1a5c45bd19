package io.osprey.model;

import java.util.Locale;

/** The match key for InternetMessageIds: trimmed, angle brackets removed, lower-cased. */
public final class MessageIds {
    private MessageIds() {
    }

    public static String matchKey(String internetMessageId) {
        if (internetMessageId == null) {
            return null;
        }
        String key = internetMessageId.trim();
        if (key.startsWith("<")) {
            key = key.substring(1);
        }
        if (key.endsWith(">")) {
            key = key.substring(0, key.length() - 1);
        }
        key = key.trim();
        return key.isEmpty() ? null : key.toLowerCase(Locale.ROOT);
    }
}
