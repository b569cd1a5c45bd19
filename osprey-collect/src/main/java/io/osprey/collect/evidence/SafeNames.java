package io.osprey.collect.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Turns service identifiers (content ids, domain names) into file names that are safe on every file system. */
public final class SafeNames {
    private static final int MAX_LENGTH = 150;

    private SafeNames() {
    }

    /**
     * Letters, digits, dot, dash and underscore are kept; anything else becomes an underscore. A name that
     * would be too long is shortened and completed with a hash of the original, so it stays unique.
     */
    public static String of(String identifier) {
        String safe = identifier.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        if (safe.length() <= MAX_LENGTH) {
            return safe;
        }
        MessageDigest digest = EvidenceStore.sha256();
        String hash = HexFormat.of().formatHex(digest.digest(identifier.getBytes(StandardCharsets.UTF_8)));
        return safe.substring(0, MAX_LENGTH - 17) + "-" + hash.substring(0, 16);
    }
}
