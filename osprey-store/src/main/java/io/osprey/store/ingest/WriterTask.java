package io.osprey.store.ingest;

import io.osprey.model.Rejection;

import java.util.List;

/** What the storing thread receives, in reading order. */
sealed interface WriterTask {

    /**
     * Normalized records of one input, staged for storing in reading order, with the rejections among them.
     *
     * @param normalizationRejections how many of {@code rejections} the normalizer (not the reader) made
     * @param degraded                how many of {@code events} are degraded
     */
    record Batch(long inputId, List<StagedEvent> events, List<Rejection> rejections, int normalizationRejections,
                 int degraded) implements WriterTask {
    }

    /** An input failed while it was read: remove everything stored from it. */
    record Discard(long inputId) implements WriterTask {
    }

    /** Every input was read. */
    record End() implements WriterTask {
    }
}
