/**
 * The JSON export formats of the Unified Audit Log. One shared streaming container reader
 * ({@link io.osprey.formats.json.JsonContainerReader}) finds the record positions of any JSON container
 * (single values, arrays, JSON lines, concatenations, Graph pages) and slices each record's exact text; one small
 * reader per layout checks each record's shape and unwraps its AuditData:
 * <ul>
 *   <li>{@code management-activity-json}: bare AuditData (Management Activity API content, AuditData lines)</li>
 *   <li>{@code graph-audit-json}: Microsoft Graph {@code auditLogRecord}s</li>
 *   <li>{@code unified-audit-log-json}: {@code Search-UnifiedAuditLog} objects (Microsoft-Extractor-Suite)</li>
 *   <li>{@code office-activity-json}: Sentinel / Log Analytics {@code OfficeActivity} rows</li>
 *   <li>{@code cloud-app-events-json}: Defender XDR {@code CloudAppEvents} (hunting exports, streaming API)</li>
 * </ul>
 */
package io.osprey.formats.json;
