package io.osprey.report;

import io.osprey.analysis.InvestigationResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the investigation's output folder (CASE/reports/investigation/): summary.json, accessed_messages.csv,
 * throttled_windows.csv, sync_events.csv, bind_events.csv, contexts.csv and coverage.csv. Each file appears
 * complete or not at all. Times are ISO-8601 UTC with a Z; CSV cells are spreadsheet-safe.
 */
public final class InvestigationWriter {
    public static final String SUMMARY = "summary.json";
    public static final String ACCESSED_MESSAGES = "accessed_messages.csv";
    public static final String THROTTLED_WINDOWS = "throttled_windows.csv";
    public static final String SYNC_EVENTS = "sync_events.csv";
    public static final String BIND_EVENTS = "bind_events.csv";
    public static final String CONTEXTS = "contexts.csv";
    public static final String COVERAGE = "coverage.csv";
    public static final List<String> FILES = List.of(SUMMARY, ACCESSED_MESSAGES, THROTTLED_WINDOWS, SYNC_EVENTS,
            BIND_EVENTS, CONTEXTS, COVERAGE);

    private InvestigationWriter() {
    }

    /** @return the files written, in the order of {@link #FILES} */
    public static List<Path> write(InvestigationResult result, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        AccessedMessagesCsv.write(result, outDir.resolve(ACCESSED_MESSAGES));
        ThrottledWindowsCsv.write(result, outDir.resolve(THROTTLED_WINDOWS));
        AccessEventsCsv.write(result, outDir.resolve(SYNC_EVENTS), true);
        AccessEventsCsv.write(result, outDir.resolve(BIND_EVENTS), false);
        ContextsCsv.write(result, outDir.resolve(CONTEXTS));
        CoverageCsv.write(result, outDir.resolve(COVERAGE));
        SummaryJson.write(result, outDir.resolve(SUMMARY));
        return FILES.stream().map(outDir::resolve).toList();
    }
}
