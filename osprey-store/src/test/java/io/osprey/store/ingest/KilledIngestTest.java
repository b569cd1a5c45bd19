package io.osprey.store.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.formats.input.InputLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ingest killed with SIGKILL (destroyForcibly) at any moment leaves the case consistent, and running it again
 * ends exactly as an uninterrupted run does: same counts, same tables, same manifest.
 */
class KilledIngestTest {
    private static final int RECORDS = 16_000;
    private static final int OVERLAP = 3_000;

    @TempDir
    static Path dir;

    private static List<Path> inputs;
    private static IngestSummary cleanSummary;

    @BeforeAll
    static void ingestWithoutInterruption() throws Exception {
        inputs = List.of(generate("part1.jsonl", 0, RECORDS), generate("part2.jsonl", RECORDS - OVERLAP, RECORDS));
        cleanSummary = ingest().run(dir.resolve("clean"), inputs);
        long repeatsPerFile = RECORDS / 200 - 1;
        assertThat(cleanSummary.duplicates()).isEqualTo(OVERLAP + 2 * repeatsPerFile);
        assertThat(cleanSummary.rejected()).isEqualTo(2 * RECORDS / 1000);
        assertThat(cleanSummary.recordsIngested()).isEqualTo(2 * RECORDS - OVERLAP);
    }

    @Test
    void killedWhileReadingThenRerunEndsAsACleanRun() throws Exception {
        Path killed = dir.resolve("killed-reading");
        killChild(killed, line -> line.startsWith("records ") && Long.parseLong(line.substring(8)) >= RECORDS / 2);

        assertThat(CaseTables.count(killed, "events")).isZero();
        IngestSummary rerun = ingest().run(killed, inputs);

        assertThat(counts(rerun)).isEqualTo(counts(cleanSummary));
        assertSameCase(killed, dir.resolve("clean"));
    }

    @Test
    void killedWhileStoringThenRerunEndsAsACleanRun() throws Exception {
        Path killed = dir.resolve("killed-storing");
        killChild(killed, line -> line.equals("storing"));

        ingest().run(killed, inputs);

        assertSameCase(killed, dir.resolve("clean"));
    }

    private static Ingest ingest() {
        return new Ingest(LineFormats.registry(), InputLimits.defaults(), IngestListener.NONE);
    }

    /** Starts an ingest in a child JVM and kills it with SIGKILL when its progress output matches. */
    private static void killChild(Path caseDirectory, Predicate<String> killWhen) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classPath(), IngestChild.class.getName(), caseDirectory.toString()));
        inputs.forEach(input -> command.add(input.toString()));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean matched = false;
        try (BufferedReader progress = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (!matched && (line = progress.readLine()) != null) {
                matched = killWhen.test(line);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(matched).as("the child reached the kill point before finishing").isTrue();
        assertThat(child.exitValue()).isEqualTo(137);
    }

    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static List<List<Long>> counts(IngestSummary summary) {
        return summary.files().stream().map(file -> List.of(file.recordsRead(), file.recordsIngested(),
                file.duplicates(), file.rejected(), file.degraded())).toList();
    }

    private static void assertSameCase(Path actual, Path expected) throws Exception {
        for (String fingerprint : List.of(
                "SELECT count(*), bit_xor(hash(e)) FROM (SELECT * EXCLUDE (event_row, input_id) FROM events) e",
                "SELECT count(*), bit_xor(hash(i)) FROM (SELECT * EXCLUDE (event_row) FROM accessed_items) i",
                "SELECT count(*), bit_xor(hash(r)) FROM (SELECT * EXCLUDE (input_id) FROM rejects) r",
                "SELECT count(*) FROM events e JOIN accessed_items i USING (event_row)")) {
            assertThat(CaseTables.query(actual, fingerprint)).isEqualTo(CaseTables.query(expected, fingerprint));
        }
        assertThat(manifestWithoutTimes(actual)).isEqualTo(manifestWithoutTimes(expected));
    }

    private static JsonNode manifestWithoutTimes(Path caseDirectory) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(caseDirectory.resolve("manifest.json").toFile());
        manifest.get("files").forEach(file -> ((ObjectNode) file).remove("ingestedAtUtc"));
        return manifest;
    }

    /**
     * MailItemsAccessed records {@code first .. first+count-1}; every 200th record (but the first) repeats the
     * one before it, and after every 1000th a broken JSON line follows (rejected).
     */
    private static Path generate(String name, int first, int count) throws IOException {
        Path file = dir.resolve(name);
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            String previous = null;
            for (int index = first; index < first + count; index++) {
                String time = start.plusSeconds(index).toString().replace("Z", "");
                String record = AuditRecords.bind("id-" + index, time, "<m" + index + "@x>", "<n" + index + "@x>");
                out.write(record);
                out.newLine();
                if (index % 200 == 0 && previous != null) {
                    out.write(previous);
                    out.newLine();
                }
                if (index % 1000 == 0) {
                    out.write("{\"Id\":\"broken-" + index + "\",");
                    out.newLine();
                }
                previous = record;
            }
        }
        return file;
    }
}
