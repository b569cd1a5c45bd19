package io.osprey.analysis.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable short id for a context: the first 12 hex digits of the SHA-256 of its mailbox and key fields, so
 * the same context gets the same id in every run and in every engine.
 */
public final class ContextIds {
    private static final char SEPARATOR = '\u001f';
    private static final String ABSENT = "\u0000";

    private ContextIds() {
    }

    public static String of(String mailbox, ContextKey key) {
        StringBuilder text = new StringBuilder(160);
        append(text, mailbox);
        append(text, key.sessionId());
        append(text, key.clientIp());
        append(text, key.clientInfoString());
        append(text, key.userId());
        append(text, key.appId());
        append(text, key.clientAppId());
        append(text, key.logonType());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", missing);
        }
    }

    private static void append(StringBuilder text, String value) {
        text.append(value == null ? ABSENT : value).append(SEPARATOR);
    }
}
