package io.osprey.store.ingest;

import io.osprey.formats.FormatRegistry;
import io.osprey.formats.input.EvidenceInput;
import io.osprey.formats.input.Fingerprint;
import io.osprey.normalize.Normalizer;
import org.duckdb.DuckDBConnection;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One ingest run in one transaction: inputs are read and normalized on the calling thread while a
 * {@link StoreWriter} appends to the case on another; then duplicates are resolved set-based, the inputs are
 * recorded, and the transaction commits. Killed at any moment before the commit, the run leaves no trace.
 */
final class IngestRun {
    private static final int QUEUED_BATCHES = 4;

    private final DuckDBConnection connection;
    private final FormatRegistry registry;
    private final IngestListener listener;

    IngestRun(DuckDBConnection connection, FormatRegistry registry, IngestListener listener) {
        this.connection = connection;
        this.registry = registry;
        this.listener = listener;
    }

    /** Reads every input and commits; on failure nothing of the run is kept. */
    IngestSummary execute(List<EvidenceInput> inputs) throws SQLException {
        connection.setAutoCommit(false);
        try {
            long runId = InputsTable.nextRunId(connection);
            long inputIdBase = InputsTable.lastInputId(connection);
            long eventRowBase = InputsTable.lastEventRow(connection);
            List<InputOutcome> outcomes = readAll(inputs, inputIdBase, eventRowBase);
            listener.storing();
            IngestSummary summary = merge(runId, eventRowBase, outcomes);
            connection.commit();
            return summary;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private List<InputOutcome> readAll(List<EvidenceInput> inputs, long inputIdBase, long eventRowBase)
            throws SQLException {
        BlockingQueue<WriterTask> tasks = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        StoreWriter writer = new StoreWriter(connection, tasks);
        Thread writerThread = new Thread(writer, "osprey-store-writer");
        writerThread.start();
        BatchQueue queue = new BatchQueue(tasks, writer, eventRowBase + 1);
        InputReading reading = new InputReading(registry, new Normalizer(), queue, listener);
        List<InputOutcome> outcomes = new ArrayList<>();
        listener.started(inputs.size());
        try {
            for (int index = 0; index < inputs.size(); index++) {
                EvidenceInput input = inputs.get(index);
                listener.inputStarted(input.displayPath());
                outcomes.add(reading.read(input, inputIdBase + index + 1));
                listener.inputFinished(input.displayPath());
            }
        } catch (StoreFailedException e) {
            // the writer's failure is reported below, once it has stopped
        } finally {
            queue.finish();
            awaitWriter(writerThread);
        }
        if (writer.failure() != null) {
            throw asSqlException(writer.failure());
        }
        return outcomes;
    }

    private IngestSummary merge(long runId, long eventRowBase, List<InputOutcome> outcomes) throws SQLException {
        RunMerge merge = new RunMerge(connection, eventRowBase);
        Map<Long, RunMerge.InputCounts> counts = merge.countPerInput();
        merge.keepRichestCopies();
        Instant ingestedAt = Instant.now();
        List<InputsTable.StoredInput> stored = new ArrayList<>();
        for (InputOutcome outcome : outcomes) {
            RunMerge.InputCounts inputCounts = counts.getOrDefault(outcome.inputId(), new RunMerge.InputCounts(0, 0));
            stored.add(new InputsTable.StoredInput(outcome.inputId(), runId,
                    fileSummary(outcome, inputCounts, ingestedAt)));
        }
        InputsTable.insert(connection, runId, stored);
        merge.dropRepeatedRejections(runId);
        merge.dropWorkTables();
        return new IngestSummary(stored.stream().map(InputsTable.StoredInput::file).toList());
    }

    private static FileSummary fileSummary(InputOutcome outcome, RunMerge.InputCounts counts, Instant ingestedAt) {
        if (counts.normalized() != outcome.normalized()) {
            throw new IllegalStateException(outcome.path() + ": " + outcome.normalized()
                    + " events read but " + counts.normalized() + " stored");
        }
        Fingerprint fingerprint = outcome.fingerprint();
        return new FileSummary(outcome.path(), fingerprint == null ? null : fingerprint.sha256(),
                fingerprint == null ? null : fingerprint.sizeBytes(), outcome.format(), outcome.recordsRead(),
                counts.ingested(), counts.normalized() - counts.ingested(), outcome.rejected(), outcome.degraded(),
                outcome.reason(), ingestedAt);
    }

    private static void awaitWriter(Thread writerThread) {
        boolean interrupted = false;
        while (writerThread.isAlive()) {
            try {
                writerThread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static SQLException asSqlException(Exception failure) {
        return failure instanceof SQLException sql ? sql : new SQLException(failure.getMessage(), failure);
    }
}
