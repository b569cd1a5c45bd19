package io.osprey.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class IngestCommandTest {
    private static final List<String> TOTAL_FIELDS =
            List.of("recordsRead", "recordsIngested", "duplicates", "rejected", "degraded", "files");
    private static final List<String> FILE_FIELDS = List.of("path", "sha256", "sizeBytes", "format", "recordsRead",
            "recordsIngested", "duplicates", "rejected", "degraded");

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    private Run osprey(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = OspreyCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void jsonSummaryHasTheContractShapeAndCountsAddUp() throws IOException {
        Path first = lines("a.jsonl", record("r1", "UserLoggedIn"), record("r2", "UserLoggedIn"), "", "{\"Id\":");
        Path second = lines("b.jsonl", record("r2", "UserLoggedIn"), record("r3", "UserLoggedIn"));

        Run run = osprey("ingest", caseDir().toString(), first.toString(), second.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        JsonNode json = run.json();
        assertThat(fieldNames(json)).isEqualTo(TOTAL_FIELDS);
        assertThat(List.of(json.get("recordsRead").asLong(), json.get("recordsIngested").asLong(),
                json.get("duplicates").asLong(), json.get("rejected").asLong())).containsExactly(5L, 3L, 1L, 1L);
        assertThat(json.get("files")).hasSize(2);
        for (JsonNode file : json.get("files")) {
            assertThat(fieldNames(file)).isEqualTo(FILE_FIELDS);
            assertThat(file.get("format").asText()).isEqualTo("management-activity-json");
            assertThat(file.get("sha256").asText()).matches("[0-9a-f]{64}");
            assertThat(file.get("recordsRead").asLong()).isEqualTo(file.get("recordsIngested").asLong()
                    + file.get("duplicates").asLong() + file.get("rejected").asLong());
        }
        assertThat(json.get("files").get(0).get("path").asText()).isEqualTo(first.toString());
        assertThat(json.get("files").get(1).get("duplicates").asLong()).isEqualTo(1);
        assertThat(Files.exists(caseDir().resolve("case.duckdb"))).isTrue();
        assertThat(new ObjectMapper().readTree(caseDir().resolve("manifest.json").toFile())
                .get("recordsIngested").asLong()).isEqualTo(3);
    }

    @Test
    void unrecognizedInputExitsWithThreeAndIsListed() throws IOException {
        Path good = lines("a.jsonl", record("r1", "UserLoggedIn"));
        Path notes = lines("notes.txt", "meeting notes, not an export");

        Run run = osprey("ingest", caseDir().toString(), good.toString(), notes.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_NOT_READ);
        JsonNode unrecognized = run.json().get("files").get(1);
        assertThat(unrecognized.get("path").asText()).isEqualTo(notes.toString());
        assertThat(unrecognized.get("format").asText()).isEqualTo("unrecognized");
        assertThat(unrecognized.get("recordsRead").asLong()).isZero();
        assertThat(run.json().get("recordsIngested").asLong()).isEqualTo(1);
    }

    @Test
    void unsafeArchiveMemberExitsWithThreeAndNamesTheReason() throws IOException {
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../../evil.jsonl"));
            out.write(record("r9", "UserLoggedIn").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("audit/part1.jsonl"));
            out.write(record("r1", "UserLoggedIn").getBytes(StandardCharsets.UTF_8));
        }

        Run run = osprey("ingest", caseDir().toString(), zip.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_NOT_READ);
        JsonNode files = run.json().get("files");
        assertThat(files.get(0).get("path").asText()).isEqualTo(zip + "!/../../evil.jsonl");
        assertThat(files.get(0).get("format").asText()).isEqualTo("unreadable");
        assertThat(files.get(0).get("reason").asText()).isEqualTo("unsafe path in archive");
        assertThat(files.get(1).get("path").asText()).isEqualTo(zip + "!/audit/part1.jsonl");
        assertThat(files.get(1).get("recordsIngested").asLong()).isEqualTo(1);
    }

    @Test
    void humanSummaryNamesDegradedRecords() throws IOException {
        String flattened = "{\"CreationTime\":\"2026-03-02T10:00:00\",\"Id\":\"m1\",\"Operation\":\"MailItemsAccessed\","
                + "\"RecordType\":50,\"UserId\":\"v@contoso.com\",\"Workload\":\"Exchange\","
                + "\"OperationProperties\":\"System.Object[]\",\"Folders\":\"System.Object[]\"}";
        Path file = lines("flat.jsonl", flattened, record("r1", "UserLoggedIn"));

        Run run = osprey("ingest", caseDir().toString(), file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("2 records read, 2 ingested, 0 duplicates, 0 rejected")
                .contains("1 record was degraded by PowerShell flattening: their message ids are lost.")
                .contains(file + ": 1 degraded");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(osprey("ingest").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(osprey("ingest", caseDir().toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(osprey("ingest", "--bogus", "c", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(osprey("frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(osprey().exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void fatalErrorExitsWithOneAndAOneLineMessage() throws IOException {
        Path notADirectory = lines("case-file", "x");
        Path input = lines("a.jsonl", record("r1", "UserLoggedIn"));

        Run run = osprey("ingest", notADirectory.toString(), input.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("osprey: ").contains("is not a directory").hasLineCount(1);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> iterator = node.fieldNames(); iterator.hasNext(); ) {
            names.add(iterator.next());
        }
        return names;
    }

    private static String record(String id, String operation) {
        return "{\"CreationTime\":\"2026-03-02T10:00:00\",\"Id\":\"" + id + "\",\"Operation\":\"" + operation
                + "\",\"RecordType\":15,\"UserId\":\"v@contoso.com\",\"Workload\":\"AzureActiveDirectory\"}";
    }

    private Path caseDir() {
        return dir.resolve("case");
    }

    private Path lines(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }
}
