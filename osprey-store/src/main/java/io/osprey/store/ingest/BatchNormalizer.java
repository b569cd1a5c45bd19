package io.osprey.store.ingest;

import io.osprey.model.AuditEvent;
import io.osprey.model.ReadResult;
import io.osprey.model.Rejection;
import io.osprey.model.SourceRecord;
import io.osprey.normalize.NormalizationException;
import io.osprey.normalize.Normalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalizes a batch of read results (on a worker thread): every source record becomes a staged event or, when
 * the normalizer refuses it, a rejection with the normalizer's reason. Order is kept.
 */
final class BatchNormalizer {
    private final Normalizer normalizer;

    BatchNormalizer(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** @param firstEventRow the event row number of the batch's first result (rejections leave gaps) */
    WriterTask.Batch normalize(long inputId, long firstEventRow, List<ReadResult> results) {
        List<StagedEvent> events = new ArrayList<>(results.size());
        List<Rejection> rejections = new ArrayList<>();
        int normalizationRejections = 0;
        int degraded = 0;
        long eventRow = firstEventRow - 1;
        for (ReadResult result : results) {
            eventRow++;
            if (result instanceof Rejection rejection) {
                rejections.add(rejection);
                continue;
            }
            SourceRecord record = (SourceRecord) result;
            try {
                AuditEvent event = normalizer.normalize(record);
                events.add(EventStaging.stage(eventRow, inputId, event));
                if (event.degraded()) {
                    degraded++;
                }
            } catch (NormalizationException e) {
                rejections.add(new Rejection(record.location(), e.getMessage(), record.auditDataJson()));
                normalizationRejections++;
            } catch (RuntimeException e) {
                rejections.add(new Rejection(record.location(), "normalization failed: " + e, record.auditDataJson()));
                normalizationRejections++;
            }
        }
        return new WriterTask.Batch(inputId, events, rejections, normalizationRejections, degraded);
    }
}
