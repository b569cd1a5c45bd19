package io.osprey.store.ingest;

import io.osprey.store.RecordLog;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The storing thread's files for one ingest run: the run's {@link RecordLog} (raw records, kept) and two
 * staging files in {@code CASE/.staging/} (events and accessed items rows, removed after loading). Appending
 * is plain buffered byte copying; {@link #load} then has DuckDB read the staging files into the case tables in
 * one set-based, parallel statement each, inside the run's transaction. Rows of inputs discarded while reading
 * are left out at loading.
 */
final class StageFiles implements AutoCloseable {
    static final String STAGING_DIRECTORY = ".staging";
    private static final int BUFFER_BYTES = 1 << 20;

    /** How DuckDB reads the staging rows {@link StageRow} writes. */
    static final String CSV_OPTIONS = "header = false, auto_detect = false, delim = ',', quote = '\"',"
            + " escape = '\"', allow_quoted_nulls = false, max_line_size = 67108864, buffer_size = 134217728";

    private static final String TO_EVENTS = """
            INSERT INTO events BY NAME
            SELECT * EXCLUDE (creation_micros), make_timestamp(creation_micros) AS creation_time
            FROM read_csv(?, columns = %s, %s)
            WHERE input_id NOT IN (SELECT input_id FROM discarded_inputs)"""
            .formatted(EventStaging.EVENT_COLUMNS, CSV_OPTIONS);

    private static final String TO_ITEMS = """
            INSERT INTO accessed_items BY NAME
            SELECT * EXCLUDE (input_id)
            FROM read_csv(?, columns = %s, %s)
            WHERE input_id NOT IN (SELECT input_id FROM discarded_inputs)"""
            .formatted(EventStaging.ITEM_COLUMNS, CSV_OPTIONS);

    private final Path stagingDirectory;
    private final Path eventsFile;
    private final Path itemsFile;
    private final OutputStream records;
    private final OutputStream events;
    private final OutputStream items;
    private final Set<Long> discardedInputs = new LinkedHashSet<>();
    private long recordsPosition;
    private boolean itemsWritten;
    private boolean closed;

    StageFiles(Path caseDirectory, long runId) throws IOException {
        stagingDirectory = caseDirectory.resolve(STAGING_DIRECTORY);
        deleteStaging(stagingDirectory);
        Files.createDirectories(stagingDirectory);
        Path recordLog = RecordLog.runFile(caseDirectory, runId);
        Files.createDirectories(recordLog.getParent());
        eventsFile = stagingDirectory.resolve("events.csv");
        itemsFile = stagingDirectory.resolve("accessed_items.csv");
        records = new BufferedOutputStream(Files.newOutputStream(recordLog), BUFFER_BYTES);
        events = new BufferedOutputStream(Files.newOutputStream(eventsFile), BUFFER_BYTES);
        items = new BufferedOutputStream(Files.newOutputStream(itemsFile), BUFFER_BYTES);
    }

    void append(StagedEvent event) throws IOException {
        long offset = recordsPosition;
        byte[] raw = event.rawJson();
        records.write(raw);
        records.write('\n');
        recordsPosition += raw.length + 1L;
        events.write(event.eventRow());
        events.write((offset + "," + raw.length + "\n").getBytes(StandardCharsets.US_ASCII));
        if (event.itemRows() != null) {
            items.write(event.itemRows());
            itemsWritten = true;
        }
    }

    /** Leaves the rows of an input out of the load (it failed while it was read). */
    void discard(long inputId) {
        discardedInputs.add(inputId);
    }

    /** Loads the staged rows into {@code events} and {@code accessed_items} and removes the staging files. */
    void load(Connection connection) throws IOException, SQLException {
        closeStreams();
        try (Statement statement = connection.createStatement()) {
            // reading is over: DuckDB may use every processor to load
            statement.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
            statement.execute("CREATE OR REPLACE TEMP TABLE discarded_inputs (input_id BIGINT NOT NULL)");
        }
        try (PreparedStatement discarded = connection.prepareStatement("INSERT INTO discarded_inputs VALUES (?)")) {
            for (long inputId : discardedInputs) {
                discarded.setLong(1, inputId);
                discarded.executeUpdate();
            }
        }
        if (Files.size(eventsFile) > 0) {
            loadFile(connection, TO_EVENTS, eventsFile);
        }
        if (itemsWritten) {
            loadFile(connection, TO_ITEMS, itemsFile);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE discarded_inputs");
        }
        deleteStaging(stagingDirectory);
    }

    private static void loadFile(Connection connection, String sql, Path file) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, file.toAbsolutePath().toString());
            statement.execute();
        }
    }

    @Override
    public void close() throws IOException {
        closeStreams();
        deleteStaging(stagingDirectory);
    }

    private void closeStreams() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (records; events; items) {
            records.flush();
        }
    }

    private static void deleteStaging(Path directory) throws IOException {
        for (String name : new String[] {"events.csv", "accessed_items.csv"}) {
            Files.deleteIfExists(directory.resolve(name));
        }
        if (Files.isDirectory(directory)) {
            try {
                Files.delete(directory);
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                // something else lives there; leave it
            }
        }
    }
}
