package io.osprey.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.collect.CollectResult;
import io.osprey.collect.checkpoint.CoverageHole;
import io.osprey.collect.evidence.EvidenceFile;
import io.osprey.store.ingest.FileSummary;
import io.osprey.store.ingest.IngestSummary;
import io.osprey.store.ingest.SummaryJson;

import java.io.UncheckedIOException;
import java.util.Locale;

/** What {@code osprey collect} prints: the collection and, unless --no-ingest, what it ingested. */
final class CollectOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CollectOutput() {
    }

    /** The human summary; {@code ingested} is null when ingest was skipped. */
    static String text(CollectResult result, IngestSummary ingested) {
        StringBuilder text = new StringBuilder();
        text.append("collected into ").append(result.caseDirectory().resolve("evidence")).append('\n')
                .append("  audit records:     ").append(result.auditRecords()).append('\n')
                .append("  directory objects: ").append(result.directoryObjects()).append('\n')
                .append("  sign-ins:          ").append(result.signIns()).append('\n')
                .append("  evidence files:    ").append(result.evidenceFiles().size()).append('\n')
                .append("  manifest:          ").append(result.manifest()).append('\n');
        appendIngest(text, result, ingested);
        for (String warning : result.warnings()) {
            text.append("warning: ").append(warning).append('\n');
        }
        for (CoverageHole hole : result.holes()) {
            text.append("hole: ").append(hole.source()).append(' ').append(hole.unit());
            if (hole.startUtc() != null) {
                text.append(" (").append(hole.startUtc()).append(" to ").append(hole.endUtc()).append(')');
            }
            text.append(": ").append(hole.reason()).append('\n');
        }
        text.append(result.complete() ? "complete\n" : result.holes().size() + " coverage hole(s)\n");
        return text.toString();
    }

    private static void appendIngest(StringBuilder text, CollectResult result, IngestSummary ingested) {
        if (ingested == null) {
            text.append("not ingested (--no-ingest): osprey ingest ").append(result.caseDirectory()).append(' ')
                    .append(result.caseDirectory().resolve("evidence")).append('\n');
            return;
        }
        text.append(String.format(Locale.ROOT, "ingested %d new evidence file(s) into %s: %,d records read,"
                        + " %,d ingested, %,d duplicates, %,d rejected%n", ingested.files().size(),
                result.caseDirectory(), ingested.recordsRead(), ingested.recordsIngested(), ingested.duplicates(),
                ingested.rejected()));
        for (FileSummary file : ingested.files()) {
            if (!file.wasRead()) {
                text.append("  not read: ").append(file.path()).append(": ").append(file.format()).append(" (")
                        .append(file.reason()).append(")\n");
            }
        }
    }

    /** The --json summary: the collection, and under {@code ingest} the ingest run's summary or null. */
    static String json(CollectResult result, IngestSummary ingested) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("complete", result.complete());
        root.put("acquisition", result.acquisition());
        root.put("manifest", result.manifest().toString());
        root.put("auditRecords", result.auditRecords());
        root.put("directoryObjects", result.directoryObjects());
        root.put("signIns", result.signIns());
        ArrayNode files = root.putArray("evidenceFiles");
        for (EvidenceFile file : result.evidenceFiles()) {
            files.addObject().put("path", file.path().toString()).put("kind", file.kind().name())
                    .put("records", file.records()).put("bytes", file.bytes()).put("sha256", file.sha256());
        }
        root.set("holes", MAPPER.valueToTree(result.holes()));
        root.set("warnings", MAPPER.valueToTree(result.warnings()));
        try {
            root.set("ingest", ingested == null ? null : MAPPER.readTree(SummaryJson.ofRun(ingested)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the ingest summary is JSON", e);
        }
        return root.toPrettyString() + "\n";
    }
}
