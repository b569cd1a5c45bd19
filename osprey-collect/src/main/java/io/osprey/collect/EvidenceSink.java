package io.osprey.collect;

import io.osprey.collect.evidence.EvidenceFile;

import java.util.List;

/**
 * Receives the audit evidence as collection settles it, so a caller can ingest as collection goes. Each call
 * lists every audit evidence file of the acquisition that is final (its window or blob is settled, so the file
 * never changes or disappears again), including files handed over before and files of earlier runs: the sink
 * decides what is new. Calls come from collector threads, one at a time.
 */
@FunctionalInterface
public interface EvidenceSink {
    EvidenceSink NONE = files -> { };

    void accept(List<EvidenceFile> settledAuditEvidence) throws InterruptedException;
}
