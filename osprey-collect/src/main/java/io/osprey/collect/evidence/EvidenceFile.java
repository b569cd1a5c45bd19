package io.osprey.collect.evidence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file collect wrote (or found complete from an earlier, interrupted run).
 *
 * @param path    the file
 * @param kind    what it holds
 * @param records how many records or objects it holds
 * @param bytes   its size on disk
 * @param sha256  the SHA-256 of its bytes on disk, lowercase hex
 */
public record EvidenceFile(Path path, EvidenceKind kind, long records, long bytes, String sha256) {
    public EvidenceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
    }
}
