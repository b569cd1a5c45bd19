package io.osprey.normalize;

import io.osprey.model.SourceLocation;
import io.osprey.model.SourceRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the shared public samples (never edited) and turns their lines into source records. Looked for, in
 * order: the system property {@code osprey.samples}; the environment variable {@code OSPREY_SAMPLES} (which
 * {@code .ci/run} sets); {@code shared/samples/public} beside the working directory or any of its ancestors.
 */
final class PublicSamples {
    private static final String RELATIVE = "shared/samples/public";

    private PublicSamples() {
    }

    static Path directory() {
        String property = System.getProperty("osprey.samples");
        if (property != null && !property.isBlank()) {
            return requireDirectory(Path.of(property), "the system property osprey.samples");
        }
        String environment = System.getenv("OSPREY_SAMPLES");
        if (environment != null && !environment.isBlank()) {
            return requireDirectory(Path.of(environment), "the environment variable OSPREY_SAMPLES");
        }
        for (Path ancestor = Path.of("").toAbsolutePath(); ancestor != null; ancestor = ancestor.getParent()) {
            Path candidate = ancestor.resolve(RELATIVE);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("public samples not found beside any ancestor of the working directory;"
                + " set OSPREY_SAMPLES or -Dosprey.samples=/path/to/shared/samples/public");
    }

    static Path file(String name) {
        return directory().resolve(name);
    }

    /** One source record per non-blank line, with its 1-based line number, as a bare-AuditData reader yields. */
    static List<SourceRecord> jsonLines(String name) {
        List<SourceRecord> records = new ArrayList<>();
        List<String> lines = readLines(name);
        for (int index = 0; index < lines.size(); index++) {
            if (!lines.get(index).isBlank()) {
                records.add(record(name, index + 1, lines.get(index)));
            }
        }
        return records;
    }

    static List<String> readLines(String name) {
        try {
            return Files.readAllLines(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceRecord record(String name, long line, String auditDataJson) {
        return new SourceRecord(new SourceLocation(name, line, -1), "test", auditDataJson, Map.of(), false);
    }

    private static Path requireDirectory(Path path, String source) {
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("public samples not found at " + path + " (" + source
                    + "); set -Dosprey.samples=/path/to/shared/samples/public");
        }
        return path;
    }
}
