package io.osprey.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.osprey.collect.EvidenceSink;
import io.osprey.collect.evidence.EvidenceFile;
import io.osprey.store.CaseException;
import io.osprey.store.CaseStore;
import io.osprey.store.ingest.FileSummary;
import io.osprey.store.ingest.Ingest;
import io.osprey.store.ingest.IngestSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Ingests collected evidence into the case as collection settles it, through the same {@link Ingest} as
 * {@code osprey ingest}. A file is ingested once: files whose SHA-256 the case's manifest already lists (from
 * this run, an earlier interrupted run or a manual {@code osprey ingest}) are skipped; were one read twice
 * anyway, the case's de-duplication would count its records as duplicates, never twice. After a failure it
 * ingests nothing more (collection goes on; the evidence stays on disk for {@code osprey ingest}).
 */
final class CollectIngest implements EvidenceSink {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path caseDirectory;
    private final Ingest ingest;
    private final Consumer<String> progress;
    private final List<FileSummary> files = new ArrayList<>();
    private Set<String> ingestedSha256;
    private CaseException failure;

    CollectIngest(Path caseDirectory, Ingest ingest, Consumer<String> progress) {
        this.caseDirectory = caseDirectory;
        this.ingest = ingest;
        this.progress = progress;
    }

    @Override
    public synchronized void accept(List<EvidenceFile> settledAuditEvidence) {
        if (failure != null) {
            return;
        }
        try {
            if (ingestedSha256 == null) {
                ingestedSha256 = sha256InManifest();
            }
            List<Path> fresh = new ArrayList<>();
            Set<String> freshSha256 = new HashSet<>();
            for (EvidenceFile file : settledAuditEvidence) {
                if (!ingestedSha256.contains(file.sha256()) && freshSha256.add(file.sha256())) {
                    fresh.add(file.path());
                }
            }
            if (fresh.isEmpty()) {
                return;
            }
            IngestSummary summary = ingest.run(caseDirectory, fresh);
            files.addAll(summary.files());
            ingestedSha256.addAll(freshSha256);
            progress.accept("ingested " + fresh.size() + " evidence file(s): " + summary.recordsIngested()
                    + " new records, " + summary.duplicates() + " duplicates, " + summary.rejected() + " rejected");
        } catch (CaseException e) {
            failure = e;
            progress.accept("ingest failed, collection goes on: " + e.getMessage());
        }
    }

    /** What this run ingested (files handed over and new to the case). */
    synchronized IngestSummary summary() {
        return new IngestSummary(files);
    }

    /** Why ingesting stopped, or null. */
    synchronized CaseException failure() {
        return failure;
    }

    /** The SHA-256 of every input the case already holds, from CASE/manifest.json. */
    private Set<String> sha256InManifest() throws CaseException {
        Set<String> sha256 = new HashSet<>();
        Path manifest = caseDirectory.resolve(CaseStore.MANIFEST_FILE);
        if (!Files.isRegularFile(manifest)) {
            return sha256;
        }
        try {
            for (JsonNode file : MAPPER.readTree(manifest.toFile()).path("files")) {
                if (file.path("sha256").isTextual()) {
                    sha256.add(file.path("sha256").asText());
                }
            }
        } catch (IOException e) {
            throw new CaseException("cannot read " + manifest + ": " + e.getMessage(), e);
        }
        return sha256;
    }
}
