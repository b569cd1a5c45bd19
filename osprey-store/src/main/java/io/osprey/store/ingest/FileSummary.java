package io.osprey.store.ingest;

import java.time.Instant;

/**
 * What happened to one input. {@code recordsRead == recordsIngested + duplicates + rejected}.
 *
 * @param sha256     the evidence's SHA-256 (lower-case hex), null when it could not be read
 * @param sizeBytes  the evidence's size, null when it could not be read
 * @param format     the reader's format name, or {@value #UNRECOGNIZED}, {@value #UNREADABLE} or {@value #EMPTY}
 * @param degraded   records of this input that PowerShell flattening degraded (their message ids are lost)
 * @param reason     why the input could not be read or recognized, else null
 * @param ingestedAt when the run that read it committed
 */
public record FileSummary(String path, String sha256, Long sizeBytes, String format, long recordsRead,
                          long recordsIngested, long duplicates, long rejected, long degraded, String reason,
                          Instant ingestedAt) {
    public static final String UNRECOGNIZED = "unrecognized";
    public static final String UNREADABLE = "unreadable";
    public static final String EMPTY = "empty";

    public FileSummary {
        if (recordsRead != recordsIngested + duplicates + rejected) {
            throw new IllegalArgumentException("counts of " + path + " do not add up");
        }
    }

    /** False when the input could not be recognized or read (the run then exits with code 3). */
    public boolean wasRead() {
        return !UNRECOGNIZED.equals(format) && !UNREADABLE.equals(format);
    }
}
