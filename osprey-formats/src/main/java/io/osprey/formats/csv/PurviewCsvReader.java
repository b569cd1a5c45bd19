package io.osprey.formats.csv;

import java.util.List;

/**
 * The Purview portal's audit search export. The current layout is
 * {@code RecordId,CreationDate,RecordType,Operation,UserId,AuditData,AssociatedAdminUnits,AssociatedAdminUnitsNames}
 * (dates US-style {@code 9/20/2023 4:05:03 AM} or ISO with a trailing space); the classic Security &amp;
 * Compliance export is exactly {@code CreationDate,UserIds,Operations,AuditData}.
 */
public final class PurviewCsvReader extends CsvLayoutReader {
    static final String[] CLASSIC_HEADER = {"CreationDate", "UserIds", "Operations", "AuditData"};
    private static final List<String> WRAPPER_COLUMNS = List.of("RecordId", "CreationDate", "RecordType",
            "Operation", "UserId", "UserIds", "Operations", "AssociatedAdminUnits", "AssociatedAdminUnitsNames",
            "AssociatedAdminUnitNames");

    @Override
    public String name() {
        return "purview-csv";
    }

    @Override
    protected int score(CsvHeader header) {
        if (header.hasAll("RecordId", "CreationDate", "Operation", "AuditData")) {
            return 90;
        }
        return header.isExactly(CLASSIC_HEADER) ? 80 : 0;
    }

    @Override
    protected RowMapper bind(CsvHeader header) {
        return AuditDataColumn.bind(header, "AuditData", WRAPPER_COLUMNS);
    }
}
