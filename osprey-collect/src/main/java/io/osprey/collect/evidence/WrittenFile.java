package io.osprey.collect.evidence;

/**
 * The outcome of a committed write.
 *
 * @param relativePath the path below the evidence folder, with forward slashes
 * @param bytes        the size on disk
 * @param sha256       the SHA-256 of the bytes on disk
 */
public record WrittenFile(String relativePath, long bytes, String sha256) {
}
