package io.osprey.store.ingest;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The writer's staging table (a temporary table, never written to the case file): one row per event with its
 * staged JSON. {@link #transfer()} spreads the staged rows into {@code events} and {@code accessed_items}
 * set-based, then starts an empty stage. Everything happens inside the run's transaction.
 */
final class StageTable implements AutoCloseable {
    private static final String CREATE = "CREATE OR REPLACE TEMP TABLE ingest_stage (event_row BIGINT NOT NULL,"
            + " input_id BIGINT NOT NULL, event_key VARCHAR NOT NULL, mailbox VARCHAR, fields VARCHAR NOT NULL,"
            + " items VARCHAR, raw_json VARCHAR NOT NULL)";

    private static final String TO_EVENTS = """
            INSERT INTO events BY NAME
            SELECT * EXCLUDE (creation_micros), make_timestamp(creation_micros) AS creation_time
            FROM (SELECT event_row, input_id, event_key, raw_json, unnest(from_json(fields, '%s'))
                  FROM temp.main.ingest_stage)"""
            .formatted(EventStaging.FIELDS_SHAPE);

    private static final String TO_ITEMS = """
            INSERT INTO accessed_items BY NAME
            SELECT event_row, event_key, mailbox, unnest(item)
            FROM (SELECT event_row, event_key, mailbox, unnest(from_json(items, '%s')) AS item
                  FROM temp.main.ingest_stage WHERE items IS NOT NULL)"""
            .formatted(EventStaging.ITEMS_SHAPE);

    private final DuckDBConnection connection;
    private DuckDBAppender appender;
    private long staged;

    StageTable(DuckDBConnection connection) throws SQLException {
        this.connection = connection;
        open();
    }

    long staged() {
        return staged;
    }

    void append(long eventRow, long inputId, StagedEvent event) throws SQLException {
        appender.beginRow();
        appender.append(eventRow).append(inputId).append(event.eventKey()).append(event.mailbox())
                .append(event.fieldsJson()).append(event.itemsJson()).append(event.rawJson());
        appender.endRow();
        staged++;
    }

    /** Moves the staged events into the case tables and empties the stage. */
    void transfer() throws SQLException {
        appender.close();
        if (staged > 0) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(TO_EVENTS);
                statement.execute(TO_ITEMS);
            }
        }
        drop();
        open();
    }

    @Override
    public void close() throws SQLException {
        appender.close();
        drop();
    }

    private void open() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
        appender = connection.createAppender("temp", "main", "ingest_stage");
        staged = 0;
    }

    private void drop() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS temp.main.ingest_stage");
        }
    }
}
