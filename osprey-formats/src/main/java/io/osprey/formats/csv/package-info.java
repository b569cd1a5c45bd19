/**
 * The CSV exports of the Unified Audit Log, one {@link io.osprey.formats.FormatReader} per layout, all on
 * {@link io.osprey.formats.csv.CsvLayoutReader}: the header (after PowerShell's optional {@code #TYPE} line, quoted
 * or not, any column order, any case) decides the layout, then FastCSV streams the rows (quoted multi-line fields,
 * {@code ""} escapes, CRLF or LF, no final newline needed).
 *
 * <p>Sniff scores, most specific first:
 * <ul>
 *   <li>90 {@code purview-csv} (RecordId, CreationDate, Operation, AuditData) and {@code graph-audit-csv}
 *       (auditData, createdDateTime, id or auditLogRecordType);</li>
 *   <li>85 {@code mailbox-audit-log-csv}, {@code office-activity-csv}, {@code cloud-app-events-csv}, each keyed on
 *       columns only its source has;</li>
 *   <li>80 {@code purview-csv} for the classic header that is exactly {@code CreationDate,UserIds,Operations,AuditData};</li>
 *   <li>70/60 {@code unified-audit-log-csv}: any other header with an AuditData column and at least one
 *       Search-UnifiedAuditLog wrapper column (70 with RunspaceId, ResultIndex, ResultCount, Identity or
 *       ObjectState);</li>
 *   <li>50 {@code extractor-auditdata-csv}: AuditData fields as columns (Id, CreationTime, Operation, RecordType,
 *       Workload) and no AuditData column.</li>
 * </ul>
 *
 * <p>Every data row yields one result: a record, or a rejection with the row's starting line (wrong field count,
 * empty AuditData, AuditData that does not start like a JSON object, rows that are not audit records). Envelope
 * values are trimmed and empty cells left out.
 */
package io.osprey.formats.csv;
