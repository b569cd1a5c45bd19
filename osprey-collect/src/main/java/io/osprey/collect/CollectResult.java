package io.osprey.collect;

import io.osprey.collect.checkpoint.CoverageHole;
import io.osprey.collect.evidence.EvidenceFile;

import java.nio.file.Path;
import java.util.List;

/**
 * What a collection produced.
 *
 * @param caseDirectory    the case
 * @param manifest         {@code CASE/acquisition.json}
 * @param acquisition      the acquisition's fingerprint (its evidence folders carry it)
 * @param evidenceFiles    every evidence file of the acquisition, including those of earlier interrupted runs
 * @param holes            what is not (fully) covered; empty when complete
 * @param warnings         things the user must know (reach clamps, new subscriptions, an empty audit log)
 * @param auditRecords     audit records saved (Graph query records plus content blob records)
 * @param directoryObjects directory objects saved
 * @param signIns          sign-in entries saved
 */
public record CollectResult(Path caseDirectory, Path manifest, String acquisition, List<EvidenceFile> evidenceFiles,
                            List<CoverageHole> holes, List<String> warnings, long auditRecords,
                            long directoryObjects, long signIns) {
    /** The message for a tenant whose audit log gave nothing. */
    public static final String NO_AUDIT_RECORDS = "no audit records were returned: auditing may be off or the"
            + " account may lack the AuditLogsQuery.Read.All / ActivityFeed.Read role";

    public CollectResult {
        evidenceFiles = List.copyOf(evidenceFiles);
        holes = List.copyOf(holes);
        warnings = List.copyOf(warnings);
    }

    /** True when every requested unit was collected in full. */
    public boolean complete() {
        return holes.isEmpty();
    }

    /** The files {@code osprey ingest} reads as audit records (Graph query pages and content blobs). */
    public List<Path> auditEvidence() {
        return evidenceFiles.stream().filter(file -> file.kind().holdsAuditRecords()).map(EvidenceFile::path).toList();
    }
}
