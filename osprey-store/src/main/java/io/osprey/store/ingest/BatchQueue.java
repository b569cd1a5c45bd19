package io.osprey.store.ingest;

import io.osprey.model.ReadResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The reading thread's side of the hand-over: gathers one input's read results into batches, has each batch
 * normalized on the worker pool, and queues the pending results in reading order for the {@link StoreWriter}
 * (the queue is bounded, so memory stays flat). Gives up when the writer has failed.
 */
final class BatchQueue {
    static final int BATCH_SIZE = 2048;

    private final BlockingQueue<Future<WriterTask>> queue;
    private final StoreWriter writer;
    private final BatchNormalizer normalizer;
    private final ExecutorService workers;
    private long inputId;
    private long nextEventRow;
    private List<ReadResult> results = new ArrayList<>(BATCH_SIZE);

    /**
     * @param firstEventRow the number of the run's first event row: results are numbered in reading order (so a
     *                      lower event row means read earlier; rejections leave gaps)
     */
    BatchQueue(BlockingQueue<Future<WriterTask>> queue, StoreWriter writer, BatchNormalizer normalizer,
               ExecutorService workers, long firstEventRow) {
        this.nextEventRow = firstEventRow;
        this.queue = queue;
        this.writer = writer;
        this.normalizer = normalizer;
        this.workers = workers;
    }

    void beginInput(long id) {
        inputId = id;
    }

    void add(ReadResult result) {
        results.add(result);
        if (results.size() >= BATCH_SIZE) {
            flush();
        }
    }

    void endInput() {
        flush();
    }

    /** Drops what the current input has not yet queued and has the writer remove what it stored from it. */
    void discardInput() {
        results = new ArrayList<>(BATCH_SIZE);
        put(CompletableFuture.completedFuture(new WriterTask.Discard(inputId)), true);
    }

    void finish() {
        put(CompletableFuture.completedFuture(new WriterTask.End()), false);
    }

    private void flush() {
        if (results.isEmpty()) {
            return;
        }
        List<ReadResult> batch = results;
        long batchInput = inputId;
        long batchFirstRow = nextEventRow;
        nextEventRow += batch.size();
        results = new ArrayList<>(BATCH_SIZE);
        put(CompletableFuture.supplyAsync(() -> normalizer.normalize(batchInput, batchFirstRow, batch), workers),
                true);
    }

    private void put(Future<WriterTask> task, boolean stopIfWriterFailed) {
        try {
            while (!queue.offer(task, 100, TimeUnit.MILLISECONDS)) {
                if (stopIfWriterFailed) {
                    failIfWriterFailed();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreFailedException(e);
        }
        if (stopIfWriterFailed) {
            failIfWriterFailed();
        }
    }

    private void failIfWriterFailed() {
        Exception failure = writer.failure();
        if (failure != null) {
            throw new StoreFailedException(failure);
        }
    }
}
