package io.osprey.cli;

import io.osprey.store.CaseStore;
import io.osprey.store.ingest.FileSummary;
import io.osprey.store.ingest.IngestSummary;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The human summary of an ingest run, for standard output. */
final class SummaryText {
    private SummaryText() {
    }

    static String of(IngestSummary summary, Path caseDirectory) {
        StringBuilder text = new StringBuilder();
        List<FileSummary> read = summary.files().stream().filter(FileSummary::wasRead).toList();
        List<FileSummary> notRead = summary.files().stream().filter(file -> !file.wasRead()).toList();
        text.append(String.format(Locale.ROOT, "Ingested %d of %d inputs into %s: %,d records read, %,d ingested,"
                        + " %,d duplicates, %,d rejected.%n", read.size(), summary.files().size(), caseDirectory,
                summary.recordsRead(), summary.recordsIngested(), summary.duplicates(), summary.rejected()));
        for (FileSummary file : read) {
            text.append(String.format(Locale.ROOT, "  %s [%s]: %,d read, %,d ingested, %,d duplicates, %,d rejected%n",
                    file.path(), file.format(), file.recordsRead(), file.recordsIngested(), file.duplicates(),
                    file.rejected()));
        }
        appendDegraded(text, summary);
        if (!notRead.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%d %s could not be read or recognized:%n", notRead.size(),
                    notRead.size() == 1 ? "input" : "inputs"));
            for (FileSummary file : notRead) {
                text.append(String.format(Locale.ROOT, "  %s: %s (%s)%n", file.path(), file.format(), file.reason()));
            }
        }
        if (summary.rejected() > 0) {
            text.append("Rejected records are kept in the case (table rejects) with file, line, reason and excerpt.")
                    .append(System.lineSeparator());
        }
        text.append("Manifest: ").append(caseDirectory.resolve(CaseStore.MANIFEST_FILE))
                .append(System.lineSeparator());
        return text.toString();
    }

    private static void appendDegraded(StringBuilder text, IngestSummary summary) {
        long degraded = summary.degraded();
        if (degraded == 0) {
            return;
        }
        text.append(String.format(Locale.ROOT, "%,d %s degraded by PowerShell flattening: their message ids are lost.%n",
                degraded, degraded == 1 ? "record was" : "records were"));
        for (FileSummary file : summary.files()) {
            if (file.degraded() > 0) {
                text.append(String.format(Locale.ROOT, "  %s: %,d degraded%n", file.path(), file.degraded()));
            }
        }
    }
}
