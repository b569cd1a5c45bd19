package io.osprey.store.ingest;

import io.osprey.model.AuditEvent;
import io.osprey.model.Rejection;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/**
 * The storing thread: takes batches from the queue and appends them to the case tables with DuckDB
 * appenders, inside the run's transaction. After a failure it keeps draining the queue (so the reading
 * thread never blocks) and reports the failure.
 */
final class StoreWriter implements Runnable {
    private final DuckDBConnection connection;
    private final BlockingQueue<WriterTask> queue;
    private volatile Exception failure;
    private DuckDBAppender events;
    private DuckDBAppender items;
    private DuckDBAppender rejects;

    StoreWriter(DuckDBConnection connection, BlockingQueue<WriterTask> queue) {
        this.connection = connection;
        this.queue = queue;
    }

    /** The error that stopped storing, or null. */
    Exception failure() {
        return failure;
    }

    @Override
    public void run() {
        attempt(this::openAppenders);
        try {
            WriterTask task;
            while (!((task = queue.take()) instanceof WriterTask.End)) {
                if (failure == null) {
                    WriterTask current = task;
                    attempt(() -> handle(current));
                }
            }
            if (failure == null) {
                attempt(this::closeAppenders);
            }
        } catch (InterruptedException e) {
            failure = e;
            Thread.currentThread().interrupt();
        }
    }

    private interface StoreStep {
        void run() throws SQLException;
    }

    /** Runs a step; its failure stops storing (later tasks are drained unread) and is reported. */
    private void attempt(StoreStep step) {
        try {
            step.run();
        } catch (SQLException | RuntimeException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }

    private void handle(WriterTask task) throws SQLException {
        if (task instanceof WriterTask.Batch batch) {
            append(batch);
        } else if (task instanceof WriterTask.Discard discard) {
            discard(discard);
        }
    }

    private void openAppenders() throws SQLException {
        events = connection.createAppender("main", "events");
        items = connection.createAppender("main", "accessed_items");
        rejects = connection.createAppender("main", "rejects");
    }

    private void closeAppenders() throws SQLException {
        for (DuckDBAppender appender : List.of(events, items, rejects)) {
            appender.flush();
            appender.close();
        }
    }

    private void append(WriterTask.Batch batch) throws SQLException {
        long eventRow = batch.firstEventRow();
        for (AuditEvent event : batch.events()) {
            String eventKey = event.key().asText();
            EventRows.appendEvent(events, eventRow, batch.inputId(), eventKey, event);
            EventRows.appendItems(items, eventRow, eventKey, event);
            eventRow++;
        }
        for (Rejection rejection : batch.rejections()) {
            EventRows.appendRejection(rejects, batch.inputId(), rejection);
        }
    }

    private void discard(WriterTask.Discard discard) throws SQLException {
        for (DuckDBAppender appender : List.of(events, items, rejects)) {
            appender.flush();
        }
        try (PreparedStatement deleteItems = connection.prepareStatement(
                "DELETE FROM accessed_items WHERE event_row >= ? AND event_row < ?");
             PreparedStatement deleteEvents = connection.prepareStatement("DELETE FROM events WHERE input_id = ?");
             PreparedStatement deleteRejects = connection.prepareStatement("DELETE FROM rejects WHERE input_id = ?")) {
            deleteItems.setLong(1, discard.firstEventRow());
            deleteItems.setLong(2, discard.endEventRow());
            deleteItems.executeUpdate();
            deleteEvents.setLong(1, discard.inputId());
            deleteEvents.executeUpdate();
            deleteRejects.setLong(1, discard.inputId());
            deleteRejects.executeUpdate();
        }
    }
}
