package io.osprey.cli;

import io.osprey.analysis.Investigation;
import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.Mailboxes;
import io.osprey.analysis.verdict.CollectionGaps;
import io.osprey.model.AuditEvent;
import io.osprey.report.InvestigationWriter;
import io.osprey.report.ManifestFile;
import io.osprey.report.ReportBuilder;
import io.osprey.report.ReportInput;
import io.osprey.rules.Hunt;
import io.osprey.rules.HuntException;
import io.osprey.rules.HuntRequest;
import io.osprey.rules.HuntResult;
import io.osprey.rules.output.HuntWriter;
import io.osprey.store.AcquisitionGaps;
import io.osprey.store.CaseEvents;
import io.osprey.store.CaseException;
import io.osprey.store.CaseStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The later stages over a case: load its events, investigate, hunt, report. The commands are thin wrappers
 * around these steps; nothing here prints.
 */
final class CaseWorkflow {
    private final Path caseDirectory;

    CaseWorkflow(Path caseDirectory) {
        this.caseDirectory = caseDirectory;
    }

    Path investigationDir() {
        return caseDirectory.resolve("reports").resolve("investigation");
    }

    Path huntDir() {
        return caseDirectory.resolve("reports").resolve("hunt");
    }

    Path reportsDir() {
        return caseDirectory.resolve("reports");
    }

    /** Every stored event, oldest first. */
    List<AuditEvent> events() throws CaseException {
        if (!Files.isRegularFile(caseDirectory.resolve(CaseStore.DATABASE_FILE))) {
            throw new CaseException(caseDirectory + " is not an Osprey case (no " + CaseStore.DATABASE_FILE
                    + "): run osprey ingest first");
        }
        List<AuditEvent> events = new ArrayList<>();
        try (CaseStore store = CaseStore.open(caseDirectory)) {
            new CaseEvents(store).forEach(events::add);
        }
        return events;
    }

    static Iterable<List<AuditEvent>> perMailbox(List<AuditEvent> events) {
        Map<String, List<AuditEvent>> groups = new LinkedHashMap<>();
        for (AuditEvent event : events) {
            groups.computeIfAbsent(Mailboxes.keyOf(event), key -> new ArrayList<>()).add(event);
        }
        return groups.values();
    }

    InvestigationResult investigate(InvestigationRequest request, List<AuditEvent> events) throws IOException {
        InvestigationResult result = CollectionGaps.apply(Investigation.run(request, perMailbox(events)),
                AcquisitionGaps.read(caseDirectory));
        InvestigationWriter.write(result, investigationDir());
        return result;
    }

    HuntResult hunt(HuntRequest request, List<AuditEvent> events) throws IOException, HuntException {
        HuntResult result = Hunt.run(request, events);
        HuntWriter.write(result, huntDir());
        return result;
    }

    Path report(InvestigationResult investigation, HuntResult hunt, List<AuditEvent> events) throws IOException {
        ReportInput input = new ReportInput(caseDirectory.getFileName().toString(), Instant.now(), investigation,
                hunt, manifestFiles(), List.of(), events);
        ReportBuilder.write(input, reportsDir());
        return reportsDir().resolve(ReportBuilder.HTML);
    }

    private List<ManifestFile> manifestFiles() throws IOException {
        Path manifest = caseDirectory.resolve(CaseStore.MANIFEST_FILE);
        List<ManifestFile> files = new ArrayList<>();
        if (!Files.isRegularFile(manifest)) {
            return files;
        }
        JsonNode root = new ObjectMapper().readTree(manifest.toFile());
        for (JsonNode file : root.path("files")) {
            files.add(new ManifestFile(file.path("path").asText(), file.path("sha256").asText(),
                    file.path("format").asText(), file.path("recordsRead").asLong(),
                    file.path("recordsIngested").asLong(), file.path("duplicates").asLong(),
                    file.path("rejected").asLong(), file.path("degraded").asLong()));
        }
        return files;
    }
}
