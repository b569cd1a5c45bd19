package io.osprey.store.ingest;

import io.osprey.model.Rejection;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The storing thread: takes normalized batches in reading order and stores them inside the run's transaction
 * (events through the {@link StageTable}, rejections with a DuckDB appender), numbering the events
 * consecutively (so a lower event row means read earlier). Tallies per input what normalization gave. After a failure it keeps draining the
 * queue (so the reading thread never blocks) and reports the failure.
 */
final class StoreWriter implements Runnable {
    /** Staged events are moved into the case tables in runs of this many, so the stage stays small. */
    static final int TRANSFER_EVERY = 100_000;

    private final DuckDBConnection connection;
    private final BlockingQueue<Future<WriterTask>> queue;
    private final Map<Long, InputTally> tallies = new HashMap<>();
    private final Map<Long, Long> firstEventRows = new HashMap<>();
    private volatile Exception failure;
    private long nextEventRow;
    private StageTable stage;
    private DuckDBAppender rejects;

    /** What normalization gave for one input: events stored, records it refused, degraded events. */
    static final class InputTally {
        long normalized;
        long normalizationRejections;
        long degraded;
    }

    /** @param firstEventRow the number of the run's first event row */
    StoreWriter(DuckDBConnection connection, BlockingQueue<Future<WriterTask>> queue, long firstEventRow) {
        this.connection = connection;
        this.queue = queue;
        this.nextEventRow = firstEventRow;
    }

    /** The error that stopped storing, or null. */
    Exception failure() {
        return failure;
    }

    /** Per input id, once the writer has ended. */
    InputTally tally(long inputId) {
        return tallies.getOrDefault(inputId, new InputTally());
    }

    @Override
    public void run() {
        attempt(this::openAppenders);
        try {
            WriterTask task;
            while (!((task = next()) instanceof WriterTask.End)) {
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

    private WriterTask next() throws InterruptedException {
        Future<WriterTask> pending = queue.take();
        try {
            return pending.get();
        } catch (ExecutionException e) {
            if (failure == null) {
                failure = e.getCause() instanceof Exception cause ? cause : e;
            }
            return new WriterTask.Discard(-1);
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
            discard(discard.inputId());
        }
    }

    private void openAppenders() throws SQLException {
        stage = new StageTable(connection);
        rejects = connection.createAppender("main", "rejects");
    }

    private void closeAppenders() throws SQLException {
        stage.transfer();
        stage.close();
        rejects.flush();
        rejects.close();
    }

    private void append(WriterTask.Batch batch) throws SQLException {
        firstEventRows.putIfAbsent(batch.inputId(), nextEventRow);
        InputTally tally = tallies.computeIfAbsent(batch.inputId(), id -> new InputTally());
        for (StagedEvent event : batch.events()) {
            stage.append(nextEventRow, batch.inputId(), event);
            nextEventRow++;
        }
        if (stage.staged() >= TRANSFER_EVERY) {
            stage.transfer();
        }
        for (Rejection rejection : batch.rejections()) {
            RejectRows.append(rejects, batch.inputId(), rejection);
        }
        tally.normalized += batch.events().size();
        tally.normalizationRejections += batch.normalizationRejections();
        tally.degraded += batch.degraded();
    }

    private void discard(long inputId) throws SQLException {
        tallies.remove(inputId);
        Long firstEventRow = firstEventRows.remove(inputId);
        stage.transfer();
        rejects.flush();
        try (PreparedStatement deleteItems = connection.prepareStatement(
                "DELETE FROM accessed_items WHERE event_row >= ? AND event_row < ?");
             PreparedStatement deleteEvents = connection.prepareStatement("DELETE FROM events WHERE input_id = ?");
             PreparedStatement deleteRejects = connection.prepareStatement("DELETE FROM rejects WHERE input_id = ?")) {
            deleteItems.setLong(1, firstEventRow == null ? nextEventRow : firstEventRow);
            deleteItems.setLong(2, nextEventRow);
            deleteItems.executeUpdate();
            deleteEvents.setLong(1, inputId);
            deleteEvents.executeUpdate();
            deleteRejects.setLong(1, inputId);
            deleteRejects.executeUpdate();
        }
    }
}
