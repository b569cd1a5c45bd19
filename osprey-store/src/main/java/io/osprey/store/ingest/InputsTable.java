package io.osprey.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The {@code inputs} table: one row per input of every run. */
final class InputsTable {
    private static final String COLUMNS = "input_id, run_id, path, sha256, size_bytes, format, records_read,"
            + " records_ingested, duplicates, rejected, degraded, ingested_at, reason";

    private InputsTable() {
    }

    record StoredInput(long inputId, long runId, FileSummary file) {
    }

    static long nextRunId(Connection connection) throws SQLException {
        return single(connection, "SELECT coalesce(max(run_id), 0) + 1 FROM inputs");
    }

    static long lastInputId(Connection connection) throws SQLException {
        return single(connection, "SELECT coalesce(max(input_id), 0) FROM inputs");
    }

    static long lastEventRow(Connection connection) throws SQLException {
        return single(connection, "SELECT coalesce(max(event_row), 0) FROM events");
    }

    static void insert(Connection connection, long runId, List<StoredInput> inputs) throws SQLException {
        String sql = "INSERT INTO inputs (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (StoredInput input : inputs) {
                FileSummary file = input.file();
                statement.setLong(1, input.inputId());
                statement.setLong(2, runId);
                statement.setString(3, file.path());
                statement.setString(4, file.sha256());
                if (file.sizeBytes() == null) {
                    statement.setNull(5, Types.BIGINT);
                } else {
                    statement.setLong(5, file.sizeBytes());
                }
                statement.setString(6, file.format());
                statement.setLong(7, file.recordsRead());
                statement.setLong(8, file.recordsIngested());
                statement.setLong(9, file.duplicates());
                statement.setLong(10, file.rejected());
                statement.setLong(11, file.degraded());
                statement.setObject(12, LocalDateTime.ofInstant(file.ingestedAt(), ZoneOffset.UTC));
                statement.setString(13, file.reason());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Every input row of the case, in the order they were ingested. */
    static List<StoredInput> all(Connection connection) throws SQLException {
        List<StoredInput> inputs = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM inputs ORDER BY input_id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long sizeBytes = rows.getLong(5);
                Long size = rows.wasNull() ? null : sizeBytes;
                Instant ingestedAt = rows.getObject(12, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                FileSummary file = new FileSummary(rows.getString(3), rows.getString(4), size, rows.getString(6),
                        rows.getLong(7), rows.getLong(8), rows.getLong(9), rows.getLong(10), rows.getLong(11),
                        rows.getString(13), ingestedAt);
                inputs.add(new StoredInput(rows.getLong(1), rows.getLong(2), file));
            }
        }
        return inputs;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
