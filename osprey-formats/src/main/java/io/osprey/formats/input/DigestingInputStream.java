package io.osprey.formats.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Computes the SHA-256 and size of the bytes that pass through; when the stream reaches its end the
 * fingerprint is handed to a callback, so one read pass both parses and fingerprints the evidence.
 */
final class DigestingInputStream extends FilterInputStream {
    private final MessageDigest digest = newSha256();
    private final Consumer<Fingerprint> onEnd;
    private long count;
    private boolean ended;

    DigestingInputStream(InputStream in, Consumer<Fingerprint> onEnd) {
        super(in);
        this.onEnd = onEnd;
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** Reads a stream to its end and returns its fingerprint. */
    static Fingerprint fingerprint(InputStream in) throws IOException {
        Fingerprint[] result = new Fingerprint[1];
        try (DigestingInputStream digesting = new DigestingInputStream(in, fingerprint -> result[0] = fingerprint)) {
            byte[] buffer = new byte[1 << 16];
            while (digesting.read(buffer, 0, buffer.length) >= 0) {
                // the digest is updated by read
            }
        }
        return result[0];
    }

    @Override
    public int read() throws IOException {
        int value = in.read();
        if (value >= 0) {
            digest.update((byte) value);
            count++;
        } else {
            end();
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        if (read > 0) {
            digest.update(buffer, offset, read);
            count += read;
        } else if (read < 0) {
            end();
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void end() {
        if (!ended) {
            ended = true;
            onEnd.accept(new Fingerprint(HexFormat.of().formatHex(digest.digest()), count));
        }
    }
}
