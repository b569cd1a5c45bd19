package io.osprey.formats.input;

import java.io.IOException;
import java.util.List;

/**
 * The inputs found by {@link InputExpander}, in order. Holds the zip archives whose members are listed open
 * until closed.
 */
public final class EvidenceCatalog implements AutoCloseable {
    private final List<EvidenceInput> inputs;
    private final List<ZipArchive> archives;

    EvidenceCatalog(List<EvidenceInput> inputs, List<ZipArchive> archives) {
        this.inputs = List.copyOf(inputs);
        this.archives = List.copyOf(archives);
    }

    public List<EvidenceInput> inputs() {
        return inputs;
    }

    @Override
    public void close() {
        for (ZipArchive archive : archives) {
            try {
                archive.close();
            } catch (IOException e) {
                // closing a read-only archive loses nothing
            }
        }
    }
}
