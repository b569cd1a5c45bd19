package io.osprey.store.ingest;

import io.osprey.formats.input.Fingerprint;

/**
 * What reading one input gave, before duplicates are resolved.
 *
 * @param fingerprint null when the evidence could not be read
 * @param normalized  records that became audit events (each is later counted ingested or duplicate)
 */
record InputOutcome(long inputId, String path, Fingerprint fingerprint, String format, String reason,
                    long recordsRead, long rejected, long normalized, long degraded) {

    static InputOutcome notRead(long inputId, String path, Fingerprint fingerprint, String format, String reason) {
        return new InputOutcome(inputId, path, fingerprint, format, reason, 0, 0, 0, 0);
    }
}
