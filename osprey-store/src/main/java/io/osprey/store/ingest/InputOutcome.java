package io.osprey.store.ingest;

import io.osprey.formats.input.Fingerprint;

/**
 * What reading one input gave on the reading thread, before normalization and duplicates are counted.
 *
 * @param fingerprint      null when the evidence could not be read
 * @param readerRejections records the reader itself rejected
 */
record InputOutcome(long inputId, String path, Fingerprint fingerprint, String format, String reason,
                    long recordsRead, long readerRejections) {

    static InputOutcome notRead(long inputId, String path, Fingerprint fingerprint, String format, String reason) {
        return new InputOutcome(inputId, path, fingerprint, format, reason, 0, 0);
    }
}
