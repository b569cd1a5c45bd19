package io.osprey.store.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;

/**
 * The JSON form of an ingest summary, as {@code ingest --json} prints it and {@code manifest.json} holds it:
 * {@code {"recordsRead","recordsIngested","duplicates","rejected","degraded","files":[{"path","sha256",
 * "sizeBytes","format","recordsRead","recordsIngested","duplicates","rejected","degraded",...}]}}; a file
 * that could not be read or recognized also has a {@code "reason"}. The manifest adds {@code ingestedAtUtc}.
 */
public final class SummaryJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SummaryJson() {
    }

    /** The run summary printed by {@code ingest --json}. */
    public static String ofRun(IngestSummary summary) {
        return write(summary, false);
    }

    /** The manifest: the run summary's shape plus when each input was ingested. */
    public static String ofManifest(IngestSummary summary) {
        return write(summary, true);
    }

    private static String write(IngestSummary summary, boolean withTimes) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("recordsRead", summary.recordsRead());
            json.writeNumberField("recordsIngested", summary.recordsIngested());
            json.writeNumberField("duplicates", summary.duplicates());
            json.writeNumberField("rejected", summary.rejected());
            json.writeNumberField("degraded", summary.degraded());
            json.writeArrayFieldStart("files");
            for (FileSummary file : summary.files()) {
                writeFile(json, file, withTimes);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory cannot fail", e);
        }
        return text + "\n";
    }

    private static void writeFile(JsonGenerator json, FileSummary file, boolean withTimes) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", file.path());
        json.writeStringField("sha256", file.sha256());
        if (file.sizeBytes() == null) {
            json.writeNullField("sizeBytes");
        } else {
            json.writeNumberField("sizeBytes", file.sizeBytes());
        }
        json.writeStringField("format", file.format());
        json.writeNumberField("recordsRead", file.recordsRead());
        json.writeNumberField("recordsIngested", file.recordsIngested());
        json.writeNumberField("duplicates", file.duplicates());
        json.writeNumberField("rejected", file.rejected());
        json.writeNumberField("degraded", file.degraded());
        if (file.reason() != null) {
            json.writeStringField("reason", file.reason());
        }
        if (withTimes) {
            json.writeStringField("ingestedAtUtc", file.ingestedAt().truncatedTo(ChronoUnit.MILLIS).toString());
        }
        json.writeEndObject();
    }
}
