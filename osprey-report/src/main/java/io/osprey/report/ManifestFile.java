package io.osprey.report;

/**
 * One evidence file as the case manifest records it.
 *
 * @param path          the input's display path ({@code archive.zip!/member} for archive members)
 * @param sha256        the file's SHA-256 (hex), or null when not recorded
 * @param format        the format the file was read as, or {@code unrecognized}
 * @param recordsRead   records read: {@code ingested + duplicates + rejected}
 * @param degraded      ingested records that their export flattened (message ids may be lost)
 */
public record ManifestFile(String path, String sha256, String format, long recordsRead, long ingested,
                           long duplicates, long rejected, long degraded) {
}
