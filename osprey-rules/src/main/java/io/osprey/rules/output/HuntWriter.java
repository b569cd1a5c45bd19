package io.osprey.rules.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.osprey.rules.Finding;
import io.osprey.rules.HuntResult;
import io.osprey.rules.sparrow.SparrowTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a hunt's results into {@code CASE/reports/hunt/}: {@code findings.json}, {@code findings.csv} and the
 * {@code sparrow/} folder. Everything is written beside the target first and moved into place at the end, so a
 * failure leaves the previous results, not half-written ones; the {@code sparrow/} folder is replaced whole,
 * so no export of an earlier run lingers.
 */
public final class HuntWriter {
    public static final String FINDINGS_JSON = "findings.json";
    public static final String FINDINGS_CSV = "findings.csv";
    public static final String SPARROW_DIRECTORY = "sparrow";
    private static final List<String> FINDING_COLUMNS = List.of("RuleId", "Title", "Level", "TimeUtc", "User",
            "Mailbox", "Fields", "EvidenceRecordIds");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HuntWriter() {
    }

    public static void write(HuntResult result, Path huntDir) throws IOException {
        Files.createDirectories(huntDir);
        Path staging = Files.createTempDirectory(huntDir, ".hunt-");
        try {
            FindingsJson.write(result, staging.resolve(FINDINGS_JSON));
            SafeCsvWriter.write(staging.resolve(FINDINGS_CSV), FINDING_COLUMNS, findingRows(result));
            Path sparrow = staging.resolve(SPARROW_DIRECTORY);
            for (SparrowTable table : result.sparrowTables()) {
                Path file = sparrow.resolve(table.relativePath());
                Files.createDirectories(file.getParent());
                SafeCsvWriter.write(file, table.columns(), table.rows());
            }
            Files.createDirectories(sparrow);
            deleteTree(huntDir.resolve(SPARROW_DIRECTORY));
            Files.move(sparrow, huntDir.resolve(SPARROW_DIRECTORY), StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging.resolve(FINDINGS_CSV), huntDir.resolve(FINDINGS_CSV),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging.resolve(FINDINGS_JSON), huntDir.resolve(FINDINGS_JSON),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(staging);
        }
    }

    private static List<List<String>> findingRows(HuntResult result) throws JsonProcessingException {
        List<List<String>> rows = new ArrayList<>();
        for (Finding finding : result.findings()) {
            rows.add(List.of(finding.ruleId(), finding.title(), finding.level().text(),
                    finding.time() == null ? "" : finding.time().toString(), nullToEmpty(finding.user()),
                    nullToEmpty(finding.mailbox()), JSON.writeValueAsString(finding.fields()),
                    String.join(" ", finding.evidenceRecordIds())));
        }
        return rows;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
