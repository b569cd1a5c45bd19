package io.osprey.collect;

import io.osprey.collect.checkpoint.AcquisitionState;
import io.osprey.collect.checkpoint.BlobState;
import io.osprey.collect.checkpoint.ItemState;
import io.osprey.collect.checkpoint.PageState;
import io.osprey.collect.checkpoint.UnitStatus;
import io.osprey.collect.evidence.EvidenceFile;
import io.osprey.collect.evidence.EvidenceKind;
import io.osprey.collect.evidence.EvidenceStore;
import io.osprey.collect.evidence.WrittenFile;

import io.osprey.collect.http.BodyCheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lists the evidence files an acquisition holds, from its checkpoint. */
final class EvidenceInventory {
    private EvidenceInventory() {
    }

    static List<EvidenceFile> of(AcquisitionState state, EvidenceStore evidence) {
        List<EvidenceFile> files = new ArrayList<>();
        audit(state, evidence, false, files);
        items(state.directory(), EvidenceKind.DIRECTORY_OBJECTS, evidence, files);
        items(state.signIns(), EvidenceKind.SIGN_IN_LOGS, evidence, files);
        return files;
    }

    /**
     * The audit evidence that is final: pages of windows that are complete or truncated (pages of unsettled
     * windows may still be deleted and fetched again) and downloaded content blobs.
     */
    static List<EvidenceFile> settledAuditEvidence(AcquisitionState state, EvidenceStore evidence) {
        List<EvidenceFile> files = new ArrayList<>();
        audit(state, evidence, true, files);
        return files;
    }

    private static void audit(AcquisitionState state, EvidenceStore evidence, boolean settledOnly,
                              List<EvidenceFile> files) {
        state.auditWindows().values().stream().filter(window -> !settledOnly || window.status().isSettled())
                .forEach(window -> {
                    for (PageState page : window.pages()) {
                        if (page.file() != null && evidence.exists(page.file())) {
                            files.add(new EvidenceFile(evidence.resolve(page.file()),
                                    EvidenceKind.GRAPH_AUDIT_RECORDS, page.records(), page.bytes(), page.sha256()));
                        }
                    }
                });
        for (BlobState blob : state.activityBlobs().values()) {
            if (blob.status() == UnitStatus.COMPLETE && evidence.exists(blob.file())) {
                files.add(new EvidenceFile(evidence.resolve(blob.file()), EvidenceKind.ACTIVITY_CONTENT_BLOB,
                        blob.records(), blob.bytes(), blob.sha256()));
            }
        }
    }

    /** The objects in a small uncompressed {@code {"value":[...]}} file. */
    private static long valuesIn(EvidenceStore evidence, String file) {
        try {
            return BodyCheck.MAPPER.readTree(evidence.resolve(file).toFile()).path("value").size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void items(Map<String, ItemState> items, EvidenceKind kind, EvidenceStore evidence,
                              List<EvidenceFile> files) {
        for (ItemState item : items.values()) {
            if (item.status() != UnitStatus.COMPLETE) {
                continue;
            }
            for (String file : item.files()) {
                if (evidence.exists(file)) {
                    WrittenFile written = evidence.describe(file);
                    long records = item.files().size() == 1 ? item.records() : valuesIn(evidence, file);
                    files.add(new EvidenceFile(evidence.resolve(file), kind, records, written.bytes(),
                            written.sha256()));
                }
            }
        }
    }
}
