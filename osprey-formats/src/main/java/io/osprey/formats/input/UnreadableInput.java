package io.osprey.formats.input;

/**
 * An input that cannot be read, and why ("unsafe path in archive", "decompressed size exceeds limit",
 * "no such file or directory", ...).
 *
 * @param fingerprint the evidence's SHA-256 and size when they could be computed, else null
 */
public record UnreadableInput(String displayPath, String reason, Fingerprint fingerprint) implements EvidenceInput {
    public static final String UNSAFE_PATH = "unsafe path in archive";
}
