package io.osprey.collect.evidence;

/** What an evidence file holds, so the caller knows which files {@code osprey ingest} reads as audit records. */
public enum EvidenceKind {
    /** Graph audit log query records, one {@code auditLogRecord} JSON object per line, gzip (graph-audit-json). */
    GRAPH_AUDIT_RECORDS(true),
    /** A Management Activity API content blob exactly as received: a JSON array of AuditData records, gzip. */
    ACTIVITY_CONTENT_BLOB(true),
    /** Graph directory objects merged from all pages as {@code {"value":[...]}}. */
    DIRECTORY_OBJECTS(false),
    /** Entra sign-in log entries merged from all pages as {@code {"value":[...]}}, gzip. */
    SIGN_IN_LOGS(false);

    private final boolean auditRecords;

    EvidenceKind(boolean auditRecords) {
        this.auditRecords = auditRecords;
    }

    /** True when {@code osprey ingest} reads this file as audit records. */
    public boolean holdsAuditRecords() {
        return auditRecords;
    }
}
