package io.osprey.formats.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A file on disk, opened read-only. */
record FileSource(Path path) implements EvidenceSource {
    @Override
    public InputStream openEvidence() throws IOException {
        return Files.newInputStream(path, StandardOpenOption.READ);
    }

    @Override
    public long knownSize() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }
}
