package io.osprey.formats.input;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

import java.io.IOException;
import java.io.InputStream;

/** One member of a zip archive; its evidence bytes are the member's decompressed bytes, bounded by the limits. */
record ZipMemberSource(ZipArchive archive, ZipArchiveEntry entry, InputLimits limits) implements EvidenceSource {
    @Override
    public InputStream openEvidence() throws IOException {
        long limit = limits.decompressedLimit(Math.max(entry.getCompressedSize(), 0));
        return new LimitedInputStream(archive.open(entry), limit);
    }

    @Override
    public long knownSize() {
        return entry.getSize();
    }
}
