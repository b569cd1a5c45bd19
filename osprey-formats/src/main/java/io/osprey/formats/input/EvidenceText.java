package io.osprey.formats.input;

import io.osprey.formats.InputHead;
import io.osprey.formats.InputText;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.zip.GZIPInputStream;

/**
 * A readable input: a file or zip member, gunzipped when its bytes start with the gzip magic (1F 8B, whatever
 * its name), decoded by {@link TextDecoding}. The first {@link #openReader()} pass that reaches the end of the
 * evidence bytes also fingerprints them, so reading and hashing need one pass over the bytes.
 */
public final class EvidenceText implements InputText, EvidenceInput {
    private static final int BUFFER = 1 << 16;

    private final String displayPath;
    private final EvidenceSource source;
    private final InputLimits limits;
    private volatile Fingerprint fingerprint;

    EvidenceText(String displayPath, EvidenceSource source, InputLimits limits) {
        this.displayPath = displayPath;
        this.source = source;
        this.limits = limits;
    }

    @Override
    public String displayPath() {
        return displayPath;
    }

    @Override
    public Reader openReader() throws IOException {
        return TextDecoding.decode(openContent(true));
    }

    /** The first {@link InputHead#SIZE} decoded characters, for sniffing. */
    public InputHead head() throws IOException {
        char[] buffer = new char[InputHead.SIZE];
        int filled = 0;
        boolean complete;
        try (Reader reader = TextDecoding.decode(openContent(false))) {
            int read = 0;
            while (filled < buffer.length && (read = reader.read(buffer, filled, buffer.length - filled)) >= 0) {
                filled += read;
            }
            complete = read < 0 || reader.read() < 0;
        }
        return new InputHead(displayPath, new String(buffer, 0, filled), complete);
    }

    /**
     * The SHA-256 and size of the evidence bytes: remembered from a complete {@link #openReader()} pass, or
     * computed now with a pass of its own.
     */
    public Fingerprint fingerprint() throws IOException {
        Fingerprint known = fingerprint;
        if (known == null) {
            known = DigestingInputStream.fingerprint(source.openEvidence());
            fingerprint = known;
        }
        return known;
    }

    /** The content bytes: the evidence, gunzipped when it is gzip, bounded by the decompression limits. */
    private InputStream openContent(boolean digest) throws IOException {
        InputStream evidence = source.openEvidence();
        try {
            if (digest) {
                evidence = new DigestingInputStream(evidence, this::remember);
            }
            BufferedInputStream buffered = new BufferedInputStream(evidence, BUFFER);
            buffered.mark(2);
            byte[] magic = buffered.readNBytes(2);
            buffered.reset();
            if (!TextDecoding.isGzip(magic)) {
                return buffered;
            }
            long limit = limits.decompressedLimit(Math.max(source.knownSize(), 0));
            return new LimitedInputStream(new GZIPInputStream(buffered, BUFFER), limit);
        } catch (IOException | RuntimeException e) {
            evidence.close();
            throw e;
        }
    }

    private void remember(Fingerprint complete) {
        if (fingerprint == null) {
            fingerprint = complete;
        }
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
