package io.osprey.formats.csv;

/**
 * {@code Search-MailboxAuditLog -ShowDetails | Export-Csv} (legacy Exchange mailbox audit log): {@code Operation,
 * OperationResult, LogonType, ..., OperationProperties, AuditOperationsCountInAggregatedRecord,
 * AggregatedRecordFoldersData, LastAccessed, Identity, IsValid, ObjectState}. The rows carry no AuditData, so
 * {@link MailboxAuditRows} rebuilds one from the columns.
 */
public final class MailboxAuditLogCsvReader extends CsvLayoutReader {
    private static final String[] MAILBOX_AUDIT_COLUMNS = {"OperationResult", "LogonType", "InternalLogonType",
            "MailboxOwnerUPN", "MailboxResolvedOwnerName", "AuditOperationsCountInAggregatedRecord",
            "AggregatedRecordFoldersData", "LogonUserDisplayName", "FolderPathName"};

    @Override
    public String name() {
        return "mailbox-audit-log-csv";
    }

    @Override
    protected int score(CsvHeader header) {
        boolean mailboxAudit = header.hasAll("Operation", "LastAccessed") && header.hasAny(MAILBOX_AUDIT_COLUMNS)
                && !header.has("AuditData");
        return mailboxAudit ? 85 : 0;
    }

    @Override
    protected RowMapper bind(CsvHeader header) {
        return new MailboxAuditRows(header);
    }
}
