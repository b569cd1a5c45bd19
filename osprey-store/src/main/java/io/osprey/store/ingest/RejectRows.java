package io.osprey.store.ingest;

import io.osprey.model.Rejection;
import io.osprey.model.SourceLocation;
import org.duckdb.DuckDBAppender;

import java.sql.SQLException;

/** Appends rejections in the column order of the {@code rejects} table. */
final class RejectRows {
    private RejectRows() {
    }

    static void append(DuckDBAppender row, long inputId, Rejection rejection) throws SQLException {
        SourceLocation location = rejection.location();
        row.beginRow();
        row.append(inputId).append(location.file());
        row.append(location.line() < 0 ? null : (Long) location.line());
        row.append(location.charOffset() < 0 ? null : (Long) location.charOffset());
        row.append(rejection.reason()).append(rejection.excerpt());
        row.endRow();
    }
}
