package io.osprey.simulate;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The evidence formats the simulator writes; the names are those of Osprey's format readers. */
public enum OutputFormat {
    /** Bare AuditData JSON, one record per line (Management Activity API content, SOF-ELK, -AuditDataOnly). */
    MANAGEMENT_ACTIVITY_JSON("management-activity-json", "jsonl"),
    /** The Purview portal's audit search export: 8 columns, US dates, CRLF. */
    PURVIEW_CSV("purview-csv", "csv"),
    /** {@code Search-UnifiedAuditLog | Export-Csv}: #TYPE line, every field quoted, result paging columns. */
    UNIFIED_AUDIT_LOG_CSV("unified-audit-log-csv", "csv"),
    /** Microsoft Graph auditLogRecord objects ({@code security/auditLog/queries}), one per line. */
    GRAPH_AUDIT_JSON("graph-audit-json", "jsonl"),
    /** Microsoft Sentinel OfficeActivity rows, one per line (renamed columns, nested values as JSON text). */
    OFFICE_ACTIVITY_JSON("office-activity-json", "jsonl");

    private final String formatName;
    private final String extension;

    OutputFormat(String formatName, String extension) {
        this.formatName = formatName;
        this.extension = extension;
    }

    /** The format name, as {@code --format} takes it and as the ingest manifest reports it. */
    public String formatName() {
        return formatName;
    }

    public String extension() {
        return extension;
    }

    public static OutputFormat parse(String name) {
        for (OutputFormat format : values()) {
            if (format.formatName.equalsIgnoreCase(name.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; expected one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(OutputFormat::formatName).collect(Collectors.joining(", "));
    }
}
