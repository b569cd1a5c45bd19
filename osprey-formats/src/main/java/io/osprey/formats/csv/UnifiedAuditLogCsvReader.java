package io.osprey.formats.csv;

import java.util.List;

/**
 * {@code Search-UnifiedAuditLog} result objects written by {@code Export-Csv} (with or without the {@code #TYPE}
 * line): {@code RunspaceId?,RecordType,CreationDate,UserIds,Operations,AuditData,ResultIndex,ResultCount,Identity,
 * IsValid,ObjectState} in any order, as Sparrow, Hawk and Microsoft-Extractor-Suite ({@code Get-UAL -Output CSV})
 * write them, and the subsets scripts select (any AuditData column beside at least one of these wrapper columns).
 * The exact four-column header {@code CreationDate,UserIds,Operations,AuditData} belongs to {@link PurviewCsvReader}.
 */
public final class UnifiedAuditLogCsvReader extends CsvLayoutReader {
    private static final List<String> WRAPPER_COLUMNS = List.of("RunspaceId", "RecordType", "CreationDate",
            "UserIds", "Operations", "ResultIndex", "ResultCount", "Identity", "IsValid", "ObjectState");
    private static final String[] SEARCH_RESULT_COLUMNS = {"RunspaceId", "ResultIndex", "ResultCount", "Identity",
            "ObjectState"};

    @Override
    public String name() {
        return "unified-audit-log-csv";
    }

    @Override
    protected int score(CsvHeader header) {
        if (!header.has("AuditData") || !header.hasAny(WRAPPER_COLUMNS.toArray(String[]::new))) {
            return 0;
        }
        return header.hasAny(SEARCH_RESULT_COLUMNS) ? 70 : 60;
    }

    @Override
    protected RowMapper bind(CsvHeader header) {
        return AuditDataColumn.bind(header, "AuditData", WRAPPER_COLUMNS);
    }
}
