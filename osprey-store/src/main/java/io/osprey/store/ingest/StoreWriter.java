package io.osprey.store.ingest;

import io.osprey.model.Rejection;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The storing thread: takes normalized batches in reading order and stores them inside the run's transaction
 * (events into the {@link StageFiles}, loaded at the end; rejections with a DuckDB appender). Tallies per
 * input what normalization gave. After a failure it keeps draining the queue (so the reading thread never
 * blocks) and reports the failure.
 */
final class StoreWriter implements Runnable {
    private final DuckDBConnection connection;
    private final BlockingQueue<Future<WriterTask>> queue;
    private final Map<Long, InputTally> tallies = new HashMap<>();
    private volatile Exception failure;
    private final StageFiles stage;
    private DuckDBAppender rejects;

    /** What normalization gave for one input: events stored, records it refused, degraded events. */
    static final class InputTally {
        long normalized;
        long normalizationRejections;
        long degraded;
    }

    StoreWriter(DuckDBConnection connection, BlockingQueue<Future<WriterTask>> queue, StageFiles stage) {
        this.connection = connection;
        this.queue = queue;
        this.stage = stage;
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
        void run() throws SQLException, IOException;
    }

    /** Runs a step; its failure stops storing (later tasks are drained unread) and is reported. */
    private void attempt(StoreStep step) {
        try {
            step.run();
        } catch (SQLException | IOException | RuntimeException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }

    private void handle(WriterTask task) throws SQLException, IOException {
        if (task instanceof WriterTask.Batch batch) {
            append(batch);
        } else if (task instanceof WriterTask.Discard discard) {
            discard(discard.inputId());
        }
    }

    private void openAppenders() throws SQLException {
        rejects = connection.createAppender("main", "rejects");
    }

    private void closeAppenders() throws SQLException, IOException {
        rejects.flush();
        rejects.close();
        stage.load(connection);
    }

    private void append(WriterTask.Batch batch) throws SQLException, IOException {
        InputTally tally = tallies.computeIfAbsent(batch.inputId(), id -> new InputTally());
        for (StagedEvent event : batch.events()) {
            stage.append(event);
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
        stage.discard(inputId);
        rejects.flush();
        try (PreparedStatement deleteRejects = connection.prepareStatement("DELETE FROM rejects WHERE input_id = ?")) {
            deleteRejects.setLong(1, inputId);
            deleteRejects.executeUpdate();
        }
    }
}
