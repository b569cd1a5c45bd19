package io.osprey.model;

import java.util.Map;

/**
 * One audit record as a reader found it, before normalization.
 *
 * @param format        the reader's format name (e.g. {@code purview-csv})
 * @param auditDataJson the AuditData JSON text. Verbatim when the envelope carried it as text or as an
 *                      object; for envelopes that renamed or flattened the fields (Sentinel, mailbox audit
 *                      CSV) the reader's reconstruction in AuditData field names
 * @param envelope      the wrapper's own fields (column name to value), without the AuditData itself;
 *                      used only as a fallback (wrapper dates depend on the exporter's locale)
 * @param degraded      the reader saw PowerShell flattening or other loss in this record
 */
public record SourceRecord(SourceLocation location, String format, String auditDataJson,
                           Map<String, String> envelope, boolean degraded) implements ReadResult {
    public SourceRecord {
        envelope = envelope == null ? Map.of() : envelope;
    }
}
