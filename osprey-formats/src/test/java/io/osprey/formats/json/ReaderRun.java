package io.osprey.formats.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.formats.FormatReader;
import io.osprey.formats.StringInputText;
import io.osprey.model.ReadResult;
import io.osprey.model.Rejection;
import io.osprey.model.SourceRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What one reader yielded for one input, and its golden rendering. */
record ReaderRun(String input, List<ReadResult> results) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path OWN_SAMPLES = Path.of("src", "test", "resources", "json");

    static ReaderRun of(FormatReader reader, String displayPath, String input) {
        List<ReadResult> results = new ArrayList<>();
        try {
            reader.read(new StringInputText(displayPath, input), results::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReaderRun(input, results);
    }

    /** Reads a sample: {@code public:NAME} is a file of the real public samples, else a path under json/. */
    static ReaderRun ofSample(FormatReader reader, String sample) {
        return of(reader, sampleName(sample), text(sample));
    }

    static String text(String sample) {
        try {
            return Files.readString(samplePath(sample), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path samplePath(String sample) {
        return sample.startsWith("public:") ? PublicSamples.file(sample.substring("public:".length()))
                : OWN_SAMPLES.resolve(sample);
    }

    static String sampleName(String sample) {
        return samplePath(sample).getFileName().toString();
    }

    static Path goldenPath(String format, String sample) {
        return OWN_SAMPLES.resolve(format).resolve("golden").resolve(sampleName(sample) + ".golden.jsonl");
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

    /** One JSON line per result: kind, line, offset, and the record's format, flags, envelope and AuditData. */
    String golden() {
        StringBuilder text = new StringBuilder();
        for (ReadResult result : results) {
            ObjectNode line = MAPPER.createObjectNode();
            line.put("line", result.location().line());
            line.put("charOffset", result.location().charOffset());
            if (result instanceof SourceRecord record) {
                line.put("kind", "record");
                line.put("format", record.format());
                line.put("degraded", record.degraded());
                line.put("auditDataVerbatimInInput", input.contains(record.auditDataJson()));
                line.set("envelope", MAPPER.valueToTree(record.envelope()));
                line.set("auditData", parse(record.auditDataJson()));
            } else if (result instanceof Rejection rejection) {
                line.put("kind", "rejection");
                line.put("reason", rejection.reason());
                line.put("excerpt", rejection.excerpt());
            }
            text.append(line).append('\n');
        }
        return text.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            return MAPPER.getNodeFactory().textNode("UNPARSABLE: " + json);
        }
    }
}
