package io.osprey.store.ingest;

import io.osprey.formats.FormatRegistry;
import io.osprey.formats.input.EvidenceInput;
import io.osprey.formats.input.Fingerprint;
import io.osprey.normalize.Normalizer;
import io.osprey.store.RecordLog;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One ingest run in one transaction. Inputs are read on the calling thread, normalized in batches on a worker
 * pool, and appended in reading order by a {@link StoreWriter} on its own thread; then duplicates are resolved
 * set-based, the inputs are recorded, and the transaction commits. Killed at any moment before the commit,
 * the run leaves no trace.
 */
final class IngestRun {
    /**
     * DuckDB's memory while ingesting (its default is most of the machine's memory); beyond it DuckDB writes to
     * disk, so memory stays flat however large the input.
     */
    static final String DATABASE_MEMORY = "1GB";

    private final Path caseDirectory;
    private final DuckDBConnection connection;
    private final FormatRegistry registry;
    private final IngestListener listener;

    IngestRun(Path caseDirectory, DuckDBConnection connection, FormatRegistry registry, IngestListener listener) {
        this.caseDirectory = caseDirectory;
        this.connection = connection;
        this.registry = registry;
        this.listener = listener;
    }

    /** An input once read and normalized: {@code normalized} events were stored, {@code rejected} refused. */
    private record ReadInput(InputOutcome outcome, long normalized, long rejected, long degraded) {
    }

    /** Reads every input and commits; on failure nothing of the run is kept. */
    IngestSummary execute(List<EvidenceInput> inputs) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET memory_limit = '" + DATABASE_MEMORY + "'");
            statement.execute("SET threads = " + databaseThreads());
        }
        long runId = InputsTable.nextRunId(connection);
        RecordLog.deleteUncommitted(caseDirectory, runId);
        connection.setAutoCommit(false);
        try {
            long inputIdBase = InputsTable.lastInputId(connection);
            long eventRowBase = InputsTable.lastEventRow(connection);
            List<ReadInput> read = readAll(inputs, runId, inputIdBase, eventRowBase);
            IngestSummary summary = merge(runId, eventRowBase, read);
            boolean keptNothing = InputsTable.lastEventRow(connection) <= eventRowBase;
            connection.commit();
            if (keptNothing) {
                // evidence read again, or only duplicates and rejections: no stored event points into the log
                Files.deleteIfExists(RecordLog.runFile(caseDirectory, runId));
            }
            return summary;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            RecordLog.deleteUncommitted(caseDirectory, runId);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * DuckDB's worker threads while ingesting: half the processors, the other half read and normalize. On a
     * small machine DuckDB's idle workers otherwise compete with the reading and normalizing threads.
     */
    static int databaseThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    private List<ReadInput> readAll(List<EvidenceInput> inputs, long runId, long inputIdBase, long eventRowBase)
            throws SQLException, IOException {
        try (StageFiles stage = new StageFiles(caseDirectory, runId)) {
            return readAll(inputs, inputIdBase, eventRowBase, stage);
        }
    }

    private List<ReadInput> readAll(List<EvidenceInput> inputs, long inputIdBase, long eventRowBase,
                                    StageFiles stage) throws SQLException {
        int workerCount = Math.max(1, Runtime.getRuntime().availableProcessors());
        BlockingQueue<Future<WriterTask>> tasks = new ArrayBlockingQueue<>(2 * workerCount + 2);
        StoreWriter writer = new StoreWriter(connection, tasks, stage);
        Thread writerThread = new Thread(writer, "osprey-store-writer");
        ExecutorService workers = Executors.newFixedThreadPool(workerCount, runnable -> {
            Thread thread = new Thread(runnable, "osprey-normalizer");
            thread.setDaemon(true);
            return thread;
        });
        writerThread.start();
        BatchQueue queue = new BatchQueue(tasks, writer, new BatchNormalizer(new Normalizer()), workers,
                eventRowBase + 1);
        List<InputOutcome> outcomes;
        try {
            outcomes = readInputs(inputs, inputIdBase, new InputReading(registry, queue, listener));
        } finally {
            listener.storing();
            endWriter(queue, writerThread);
            workers.shutdownNow();
        }
        if (writer.failure() != null) {
            throw asSqlException(writer.failure());
        }
        return outcomes.stream().map(outcome -> {
            StoreWriter.InputTally tally = writer.tally(outcome.inputId());
            return new ReadInput(outcome, tally.normalized,
                    outcome.readerRejections() + tally.normalizationRejections, tally.degraded);
        }).toList();
    }

    private List<InputOutcome> readInputs(List<EvidenceInput> inputs, long inputIdBase, InputReading reading) {
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
            // the writer failed; its failure is reported once it has stopped
        }
        return outcomes;
    }

    private IngestSummary merge(long runId, long eventRowBase, List<ReadInput> read) throws SQLException {
        RunMerge merge = new RunMerge(connection, eventRowBase);
        Map<Long, RunMerge.InputCounts> counts = merge.countPerInput();
        merge.keepRichestCopies();
        Instant ingestedAt = Instant.now();
        List<InputsTable.StoredInput> stored = new ArrayList<>();
        for (ReadInput input : read) {
            long inputId = input.outcome().inputId();
            RunMerge.InputCounts stats = counts.getOrDefault(inputId, new RunMerge.InputCounts(0, 0));
            stored.add(new InputsTable.StoredInput(inputId, runId, fileSummary(input, stats, ingestedAt)));
        }
        InputsTable.insert(connection, runId, stored);
        merge.dropRepeatedRejections(runId);
        merge.dropWorkTables();
        return new IngestSummary(stored.stream().map(InputsTable.StoredInput::file).toList());
    }

    private static FileSummary fileSummary(ReadInput input, RunMerge.InputCounts counts, Instant ingestedAt) {
        InputOutcome outcome = input.outcome();
        if (counts.normalized() != input.normalized()) {
            throw new IllegalStateException(outcome.path() + ": " + input.normalized()
                    + " events normalized but " + counts.normalized() + " stored");
        }
        Fingerprint fingerprint = outcome.fingerprint();
        return new FileSummary(outcome.path(), fingerprint == null ? null : fingerprint.sha256(),
                fingerprint == null ? null : fingerprint.sizeBytes(), outcome.format(), outcome.recordsRead(),
                counts.ingested(), counts.normalized() - counts.ingested(), input.rejected(), input.degraded(),
                outcome.reason(), ingestedAt);
    }

    /** Tells the writer every input was read and waits until it has stored everything. */
    private static void endWriter(BatchQueue queue, Thread writerThread) {
        try {
            queue.finish();
        } catch (StoreFailedException e) {
            writerThread.interrupt();
        }
        awaitWriter(writerThread);
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
