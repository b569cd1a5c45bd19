package io.osprey.collect.evidence;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/** One evidence file being written under a temporary name; see {@link EvidenceStore#open}. */
public final class EvidenceWriter implements Closeable {
    private final String relativePath;
    private final Path target;
    private final Path temporary;
    private final MessageDigest digest = EvidenceStore.sha256();
    private final CountingOutputStream counted;
    private final OutputStream stream;
    private boolean finished;

    EvidenceWriter(String relativePath, Path target, boolean gzip) throws IOException {
        this.relativePath = relativePath;
        this.target = target;
        this.temporary = target.resolveSibling("." + target.getFileName() + ".partial");
        this.counted = new CountingOutputStream(new DigestOutputStream(
                new BufferedOutputStream(Files.newOutputStream(temporary)), digest));
        this.stream = gzip ? new GZIPOutputStream(counted, 64 * 1024) : counted;
    }

    /** Where to write the file's content (compressed on the way when the file is gzip). */
    public OutputStream stream() {
        return stream;
    }

    /** Finishes the file and gives it its final name. */
    public WrittenFile commit() throws IOException {
        stream.close();
        finished = true;
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return new WrittenFile(relativePath, counted.count(), HexFormat.of().formatHex(digest.digest()));
    }

    /** Deletes the temporary file unless the writer was committed. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            finished = true;
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int value) throws IOException {
            out.write(value);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        long count() {
            return count;
        }
    }
}
