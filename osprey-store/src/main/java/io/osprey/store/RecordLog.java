package io.osprey.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a case keeps the verbatim raw AuditData of its events: one file per ingest run,
 * {@code CASE/records/run-N.json}, holding each stored record's raw JSON text (UTF-8) followed by a newline,
 * in reading order. The {@code events} table points into it with {@code raw_offset} and {@code raw_length}
 * (bytes), through the run of the event's input. Keeping the raw text beside the database rather than in it
 * is what makes ingest fast: DuckDB spends far longer writing long strings into its own file than a plain
 * append takes. A run's file is written before the run commits; a run that never committed leaves a file no
 * row points to, which the next ingest replaces.
 */
public final class RecordLog {
    public static final String DIRECTORY = "records";
    private static final Pattern RUN_FILE = Pattern.compile("run-(\\d+)\\.json");

    private RecordLog() {
    }

    /** The record log of ingest run {@code runId} in the case directory. */
    public static Path runFile(Path caseDirectory, long runId) {
        return caseDirectory.resolve(DIRECTORY).resolve("run-" + runId + ".json");
    }

    /** Deletes the record logs of runs numbered {@code firstUncommittedRun} or above (left by killed ingests). */
    public static void deleteUncommitted(Path caseDirectory, long firstUncommittedRun) throws IOException {
        Path directory = caseDirectory.resolve(DIRECTORY);
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher name = RUN_FILE.matcher(file.getFileName().toString());
                if (name.matches() && Long.parseLong(name.group(1)) >= firstUncommittedRun) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
