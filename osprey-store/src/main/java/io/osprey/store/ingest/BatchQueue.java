package io.osprey.store.ingest;

import io.osprey.model.AuditEvent;
import io.osprey.model.Rejection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The reading thread's side of the hand-over: gathers one input's events and rejections into batches,
 * numbers the events (the event rows of a run are consecutive in reading order) and queues the batches for
 * the {@link StoreWriter}, giving up when the writer has failed.
 */
final class BatchQueue {
    static final int BATCH_SIZE = 2048;

    private final BlockingQueue<WriterTask> queue;
    private final StoreWriter writer;
    private long nextEventRow;
    private long inputId;
    private long inputFirstEventRow;
    private long batchFirstEventRow;
    private List<AuditEvent> events = new ArrayList<>(BATCH_SIZE);
    private List<Rejection> rejections = new ArrayList<>();

    BatchQueue(BlockingQueue<WriterTask> queue, StoreWriter writer, long firstEventRow) {
        this.queue = queue;
        this.writer = writer;
        this.nextEventRow = firstEventRow;
    }

    void beginInput(long id) {
        inputId = id;
        inputFirstEventRow = nextEventRow;
        batchFirstEventRow = nextEventRow;
    }

    void add(AuditEvent event) {
        events.add(event);
        nextEventRow++;
        if (events.size() >= BATCH_SIZE) {
            flush();
        }
    }

    void add(Rejection rejection) {
        rejections.add(rejection);
        if (rejections.size() >= BATCH_SIZE) {
            flush();
        }
    }

    void endInput() {
        flush();
    }

    /** Drops what the current input queued and has the writer remove what it stored from it. */
    void discardInput() {
        events = new ArrayList<>(BATCH_SIZE);
        rejections = new ArrayList<>();
        put(new WriterTask.Discard(inputId, inputFirstEventRow, nextEventRow));
        batchFirstEventRow = nextEventRow;
    }

    void finish() {
        put(new WriterTask.End());
    }

    private void flush() {
        if (events.isEmpty() && rejections.isEmpty()) {
            return;
        }
        put(new WriterTask.Batch(inputId, batchFirstEventRow, events, rejections));
        events = new ArrayList<>(BATCH_SIZE);
        rejections = new ArrayList<>();
        batchFirstEventRow = nextEventRow;
    }

    private void put(WriterTask task) {
        try {
            while (!queue.offer(task, 100, TimeUnit.MILLISECONDS)) {
                if (!(task instanceof WriterTask.End)) {
                    failIfWriterFailed();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreFailedException(e);
        }
        if (!(task instanceof WriterTask.End)) {
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
