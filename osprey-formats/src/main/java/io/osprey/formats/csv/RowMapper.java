package io.osprey.formats.csv;

import io.osprey.model.ReadResult;

/** Turns one data row of a CSV layout, bound to that file's header, into a record or a rejection. */
@FunctionalInterface
public interface RowMapper {
    ReadResult map(CsvRow row);

    /** A mapper for a file whose header lacks a column the layout cannot do without: every row is rejected. */
    static RowMapper missingColumn(String column) {
        String reason = "the header has no " + column + " column";
        return row -> row.reject(reason);
    }
}
