package io.osprey.cli;

import io.osprey.analysis.Investigation;
import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.Mailboxes;
import io.osprey.analysis.attribution.FirstPartyApps;
import io.osprey.analysis.lookup.AppInvestigation;
import io.osprey.analysis.lookup.MessageAccessRow;
import io.osprey.analysis.lookup.MessageLookup;
import io.osprey.analysis.verdict.CollectionGaps;
import io.osprey.model.AuditEvent;
import io.osprey.report.InvestigationWriter;
import io.osprey.report.LookupWriter;
import io.osprey.report.ManifestFile;
import io.osprey.report.ReportBuilder;
import io.osprey.report.ReportInput;
import io.osprey.report.messagetrace.MessageTraceRow;
import io.osprey.rules.Hunt;
import io.osprey.rules.HuntException;
import io.osprey.rules.HuntRequest;
import io.osprey.rules.HuntResult;
import io.osprey.rules.output.HuntWriter;
import io.osprey.store.AcquisitionGaps;
import io.osprey.store.CaseEvents;
import io.osprey.store.CaseEventsByMailbox;
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

    /** Every stored event, oldest first (the hunt and the report read them all). */
    List<AuditEvent> events() throws CaseException {
        requireCase();
        List<AuditEvent> events = new ArrayList<>();
        try (CaseStore store = CaseStore.open(caseDirectory)) {
            new CaseEvents(store).forEach(events::add);
        }
        return events;
    }

    private void requireCase() throws CaseException {
        if (!Files.isRegularFile(caseDirectory.resolve(CaseStore.DATABASE_FILE))) {
            throw new CaseException(caseDirectory + " is not an Osprey case (no " + CaseStore.DATABASE_FILE
                    + "): run osprey ingest first");
        }
    }

    /**
     * The playbook over the case, streamed from the store one mailbox at a time (ordered by mailbox, then time):
     * only the per-mailbox reductions and what the tenant-wide attribution needs stay in memory. Writes nothing.
     */
    InvestigationResult analyse(InvestigationRequest request) throws CaseException, IOException {
        requireCase();
        try (CaseStore store = CaseStore.open(caseDirectory);
             CaseEventsByMailbox.Groups mailboxes = CaseEventsByMailbox.mailboxRecords(store)) {
            return CollectionGaps.apply(Investigation.run(request, mailboxes), AcquisitionGaps.read(caseDirectory));
        } catch (CaseEventsByMailbox.ReadFailure failure) {
            throw failure.caseException();
        }
    }

    /** {@link #analyse} and the investigation files in {@link #investigationDir()}. */
    InvestigationResult investigate(InvestigationRequest request) throws CaseException, IOException {
        InvestigationResult result = analyse(request);
        InvestigationWriter.write(result, investigationDir());
        return result;
    }

    /**
     * The same investigation over events a caller already holds for the hunt and the report (grouped here in
     * memory); the result equals {@link #investigate(InvestigationRequest)}'s.
     */
    InvestigationResult investigate(InvestigationRequest request, List<AuditEvent> events) throws IOException {
        InvestigationResult result = CollectionGaps.apply(Investigation.run(request, perMailbox(events)),
                AcquisitionGaps.read(caseDirectory));
        InvestigationWriter.write(result, investigationDir());
        return result;
    }

    static Iterable<List<AuditEvent>> perMailbox(List<AuditEvent> events) {
        Map<String, List<AuditEvent>> groups = new LinkedHashMap<>();
        for (AuditEvent event : events) {
            groups.computeIfAbsent(Mailboxes.keyOf(event), key -> new ArrayList<>()).add(event);
        }
        return groups.values();
    }

    /** Who accessed each of the given messages; written to {@value LookupWriter#MESSAGE_LOOKUP}. */
    List<MessageAccessRow> lookUpMessages(InvestigationResult result, List<String> messageIds) throws IOException {
        List<MessageAccessRow> rows = MessageLookup.lookup(result, messageIds);
        Files.createDirectories(investigationDir());
        LookupWriter.writeMessageLookup(rows, investigationDir());
        return rows;
    }

    /**
     * Every mailbox and message one application touched; written to {@value LookupWriter#APP_MAILBOXES},
     * {@value LookupWriter#APP_MESSAGES} and {@value LookupWriter#APP_SYNC_EVENTS}.
     */
    AppInvestigation.Result investigateApp(InvestigationResult result, String appId) throws IOException {
        FirstPartyApps apps = FirstPartyApps.shipped();
        AppInvestigation.Result app = AppInvestigation.of(result, appId, apps::name);
        Files.createDirectories(investigationDir());
        LookupWriter.writeAppInvestigation(app, investigationDir());
        return app;
    }

    HuntResult hunt(HuntRequest request, List<AuditEvent> events) throws IOException, HuntException {
        HuntResult result = Hunt.run(request, events);
        HuntWriter.write(result, huntDir());
        return result;
    }

    Path report(InvestigationResult investigation, HuntResult hunt, List<AuditEvent> events,
                List<MessageTraceRow> messageTrace) throws IOException {
        ReportInput input = new ReportInput(caseDirectory.getFileName().toString(), Instant.now(), investigation,
                hunt, manifestFiles(), messageTrace, events);
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
