package io.osprey.store.ingest;

import io.osprey.model.AuditEvent;
import io.osprey.model.Rejection;

import java.util.List;

/** What the reading thread hands the storing thread. */
sealed interface WriterTask {

    /** Events (numbered from {@code firstEventRow} in order) and rejections read from one input. */
    record Batch(long inputId, long firstEventRow, List<AuditEvent> events, List<Rejection> rejections)
            implements WriterTask {
    }

    /** An input failed while it was read: remove what was stored from it (event rows in [first, end)). */
    record Discard(long inputId, long firstEventRow, long endEventRow) implements WriterTask {
    }

    /** Every input was read. */
    record End() implements WriterTask {
    }
}
