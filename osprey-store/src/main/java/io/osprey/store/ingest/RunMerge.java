package io.osprey.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves duplicates once a run's rows are appended, set-based and inside the run's transaction.
 *
 * <p>Counting: the first occurrence (in reading order) of an event key in the run counts as ingested when the
 * case did not hold the key before the run; every other occurrence counts as a duplicate.
 *
 * <p>Keeping: of all copies of a key (stored before or read now) the richest is kept: not degraded before
 * degraded, then more AuditData fields, then the shorter raw JSON text, then format, file and position —
 * a total order, so the case ends up the same whatever order the inputs came in.
 */
final class RunMerge {
    static final String COPY_ORDER = "degraded, field_count DESC, raw_length, format, source_file, source_line,"
            + " source_offset, event_row";

    private final Connection connection;
    private final long eventRowBase;

    /** @param eventRowBase the highest event row stored before the run; the run's rows are numbered above it */
    RunMerge(Connection connection, long eventRowBase) {
        this.connection = connection;
        this.eventRowBase = eventRowBase;
    }

    record InputCounts(long normalized, long ingested) {
    }

    /** Per input id of the run: how many of its rows were stored and how many of those count as ingested. */
    Map<Long, InputCounts> countPerInput() throws SQLException {
        try (PreparedStatement runRows = connection.prepareStatement("CREATE OR REPLACE TEMP TABLE run_rows AS"
                + " SELECT event_row, input_id, event_key FROM events WHERE event_row > ?")) {
            runRows.setLong(1, eventRowBase);
            runRows.execute();
        }
        String sql = """
                WITH firsts AS (SELECT event_key, min(event_row) AS first_row FROM run_rows GROUP BY event_key),
                     fresh AS (SELECT first_row FROM firsts f
                               WHERE NOT EXISTS (SELECT 1 FROM events e
                                                 WHERE e.event_row <= ? AND e.event_key = f.event_key))
                SELECT r.input_id, count(*) AS normalized, count(fresh.first_row) AS ingested
                FROM run_rows r LEFT JOIN fresh ON fresh.first_row = r.event_row
                GROUP BY r.input_id""";
        Map<Long, InputCounts> counts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, eventRowBase);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getLong(1), new InputCounts(rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return counts;
    }

    /** Deletes every copy but the richest of each key the run touched, with its accessed items. */
    void keepRichestCopies() throws SQLException {
        execute("""
                CREATE OR REPLACE TEMP TABLE losing_rows AS
                SELECT event_row FROM (
                  SELECT event_row, row_number() OVER (PARTITION BY event_key ORDER BY %s) AS copy_rank
                  FROM events
                  WHERE event_key IN (SELECT event_key FROM events
                                      WHERE event_key IN (SELECT event_key FROM run_rows)
                                      GROUP BY event_key HAVING count(*) > 1))
                WHERE copy_rank > 1""".formatted(COPY_ORDER));
        execute("DELETE FROM accessed_items WHERE event_row IN (SELECT event_row FROM losing_rows)");
        execute("DELETE FROM events WHERE event_row IN (SELECT event_row FROM losing_rows)");
    }

    /**
     * Deletes rejections the case already held: the same evidence (SHA-256), position, reason and excerpt
     * read again. Within one input nothing is removed.
     */
    void dropRepeatedRejections(long runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                DELETE FROM rejects WHERE rowid IN (
                  SELECT reject_rowid FROM (
                    SELECT r.rowid AS reject_rowid, r.input_id,
                           min(r.input_id) OVER (PARTITION BY i.sha256, r.source_line, r.source_offset, r.reason,
                                                 r.excerpt) AS first_input
                    FROM rejects r JOIN inputs i ON i.input_id = r.input_id
                    WHERE i.sha256 IN (SELECT sha256 FROM inputs WHERE run_id = ? AND rejected > 0))
                  WHERE input_id <> first_input)""")) {
            statement.setLong(1, runId);
            statement.executeUpdate();
        }
    }

    void dropWorkTables() throws SQLException {
        execute("DROP TABLE IF EXISTS run_rows");
        execute("DROP TABLE IF EXISTS losing_rows");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
