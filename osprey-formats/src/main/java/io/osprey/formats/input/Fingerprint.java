package io.osprey.formats.input;

/**
 * The identity of a piece of evidence: the SHA-256 of its bytes (lower-case hex) and their count. For a file
 * (compressed or not) these are the file's bytes; for a zip member, the member's decompressed bytes.
 */
public record Fingerprint(String sha256, long sizeBytes) {
}
