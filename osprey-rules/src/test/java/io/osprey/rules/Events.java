package io.osprey.rules;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.osprey.model.AuditEvent;
import io.osprey.model.SourceLocation;
import io.osprey.model.SourceRecord;
import io.osprey.normalize.NormalizationException;
import io.osprey.normalize.Normalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds audit events for tests through the real normalizer. JSON may be written with single quotes. */
public final class Events {
    /** The real public samples: OSPREY_SAMPLES, else {@code shared/samples/public} beside an ancestor directory. */
    public static final Path PUBLIC_SAMPLES = publicSamples();
    private static final Normalizer NORMALIZER = new Normalizer();

    private Events() {
    }

    private static Path publicSamples() {
        String configured = System.getenv("OSPREY_SAMPLES");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path ancestor = Path.of("").toAbsolutePath(); ancestor != null; ancestor = ancestor.getParent()) {
            Path candidate = ancestor.resolve("shared").resolve("samples").resolve("public");
            if (java.nio.file.Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("public samples not found: set OSPREY_SAMPLES to shared/samples/public");
    }

    /** An event from AuditData JSON written with single quotes for readability. */
    public static AuditEvent of(String singleQuotedJson) {
        return fromJson(singleQuotedJson.replace('\'', '"'), "test.json");
    }

    public static AuditEvent fromJson(String json, String file) {
        try {
            return NORMALIZER.normalize(new SourceRecord(new SourceLocation(file, 1, 0), "test-json", json,
                    Map.of(), false));
        } catch (NormalizationException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** One event per non-blank line of a JSON-lines file. */
    public static List<AuditEvent> fromJsonLines(Path file) {
        List<AuditEvent> events = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    events.add(fromJson(line, file.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }

    /** The events of a Purview audit-search CSV export (AuditData column, the rest as envelope). */
    public static List<AuditEvent> fromPurviewCsv(Path file) {
        List<AuditEvent> events = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : reader) {
                Map<String, String> envelope = new HashMap<>(row.getFieldsAsMap());
                String auditData = envelope.remove("AuditData");
                SourceLocation location = new SourceLocation(file.toString(), row.getStartingLineNumber(), -1);
                events.add(NORMALIZER.normalize(new SourceRecord(location, "purview-csv", auditData, envelope,
                        false)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NormalizationException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return events;
    }
}
