package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.formats.FormatReader;
import io.osprey.formats.StringInputText;
import io.osprey.formats.json.PublicSamples;
import io.osprey.model.ReadResult;
import io.osprey.model.Rejection;
import io.osprey.model.SourceRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything a CSV reader yielded for one input, and its golden rendering. */
record CsvReaderRun(List<ReadResult> results) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static CsvReaderRun of(FormatReader reader, StringInputText input) {
        List<ReadResult> results = new ArrayList<>();
        try {
            reader.read(input, results::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvReaderRun(results);
    }

    /** A sample under src/test/resources/csv/FORMAT/. */
    static StringInputText resource(String format, String sample) {
        String path = "csv/" + format + "/" + sample;
        try (InputStream in = CsvReaderRun.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("test resource not found: " + path);
            }
            return new StringInputText(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real sample from shared/samples/public (OSPREY_SAMPLES, or found walking up from here). */
    static StringInputText publicSample(String name) {
        try {
            return new StringInputText(name, Files.readString(publicSamplePath(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path publicSamplePath(String name) {
        return PublicSamples.file(name);
    }

    static StringInputText text(String text) {
        return new StringInputText("inline.csv", text);
    }

    List<SourceRecord> records() {
        return results.stream().filter(SourceRecord.class::isInstance).map(SourceRecord.class::cast).toList();
    }

    List<Rejection> rejections() {
        return results.stream().filter(Rejection.class::isInstance).map(Rejection.class::cast).toList();
    }

    long degraded() {
        return records().stream().filter(SourceRecord::degraded).count();
    }

    /** The AuditData of a record, parsed. */
    static JsonNode auditData(SourceRecord record) {
        try {
            return MAPPER.readTree(record.auditDataJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One JSON line per result: kind, line, format, degraded, envelope and AuditData parsed, or the rejection. */
    String golden() {
        StringBuilder text = new StringBuilder();
        for (ReadResult result : results) {
            ObjectNode line = MAPPER.createObjectNode();
            line.put("line", result.location().line());
            if (result instanceof SourceRecord record) {
                line.put("kind", "record");
                line.put("format", record.format());
                line.put("degraded", record.degraded());
                line.set("envelope", MAPPER.valueToTree(record.envelope()));
                line.set("auditData", parsedOrText(record.auditDataJson()));
            } else if (result instanceof Rejection rejection) {
                line.put("kind", "rejection");
                line.put("reason", rejection.reason());
                line.put("excerpt", rejection.excerpt());
            }
            text.append(line).append('\n');
        }
        return text.toString();
    }

    private static JsonNode parsedOrText(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException notJson) {
            return MAPPER.getNodeFactory().textNode(json);
        }
    }

    static Path goldenPath(String format, String sample) {
        return Path.of("src", "test", "resources", "csv", format, "golden", sample + ".golden.jsonl");
    }
}
