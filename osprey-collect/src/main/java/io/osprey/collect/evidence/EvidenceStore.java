package io.osprey.collect.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The case's evidence folder. Every file is written under a temporary name beside its final one and renamed
 * only when complete, so a file with its final name is always whole, whatever interrupts the collector.
 */
public final class EvidenceStore {
    private final Path root;

    public EvidenceStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The file for a relative path; refuses paths that leave the evidence folder. */
    public Path resolve(String relativePath) {
        Path path = root.resolve(relativePath).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("evidence path outside the evidence folder: " + relativePath);
        }
        return path;
    }

    public boolean exists(String relativePath) {
        return Files.isRegularFile(resolve(relativePath));
    }

    /**
     * Starts a file. Write to {@link EvidenceWriter#stream()}, then {@link EvidenceWriter#commit()}; closing an
     * uncommitted writer deletes the temporary file.
     */
    public EvidenceWriter open(String relativePath, boolean gzip) {
        Path target = resolve(relativePath);
        try {
            Files.createDirectories(target.getParent());
            return new EvidenceWriter(relativePath, target, gzip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + target, e);
        }
    }

    /** Writes a whole file at once. */
    public WrittenFile write(String relativePath, boolean gzip, byte[] content) {
        try (EvidenceWriter writer = open(relativePath, gzip)) {
            writer.stream().write(content);
            return writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relativePath, e);
        }
    }

    /** Size and SHA-256 of a complete file already on disk. */
    public WrittenFile describe(String relativePath) {
        Path path = resolve(relativePath);
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
            return new WrittenFile(relativePath, Files.size(path), HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public void delete(String relativePath) {
        try {
            Files.deleteIfExists(resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + relativePath, e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
