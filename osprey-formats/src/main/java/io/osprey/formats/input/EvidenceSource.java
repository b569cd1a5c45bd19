package io.osprey.formats.input;

import java.io.IOException;
import java.io.InputStream;

/** Where an input's evidence bytes come from: a file, or a member of a zip archive. Opened read-only. */
interface EvidenceSource {
    /** The evidence bytes from the start: a file's bytes, or a zip member's decompressed bytes. */
    InputStream openEvidence() throws IOException;

    /** The evidence size when known in advance, else -1. */
    long knownSize();
}
