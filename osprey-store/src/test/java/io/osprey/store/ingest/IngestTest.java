package io.osprey.store.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.osprey.formats.input.InputLimits;
import io.osprey.store.CaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.osprey.store.ingest.AuditRecords.bind;
import static io.osprey.store.ingest.AuditRecords.bindFlattened;
import static io.osprey.store.ingest.AuditRecords.bindWithoutSession;
import static io.osprey.store.ingest.AuditRecords.simple;
import static org.assertj.core.api.Assertions.assertThat;

class IngestTest {
    private static final String T1 = "2026-03-02T10:00:00";
    private static final String T2 = "2026-03-02T10:05:00";

    @TempDir
    Path dir;

    private final Ingest ingest = new Ingest(LineFormats.registry(), InputLimits.defaults(), IngestListener.NONE);

    @Test
    void countsDuplicatesAndRejectsWithinAFile() throws Exception {
        Path file = lines("a.jsonl", simple("r1", T1, "UserLoggedIn"), "", simple("r2", T1, "UserLoggedIn"),
                simple("r1", T1, "UserLoggedIn"), "{\"Id\":\"broken\"", simple("r1", T2, "UserLoggedIn"),
                simple("r1", T1, "FileAccessed"));

        IngestSummary summary = ingest.run(caseDir("c"), List.of(file));

        FileSummary only = summary.files().get(0);
        assertThat(only.format()).isEqualTo("test-auditdata-lines");
        assertThat(List.of(only.recordsRead(), only.recordsIngested(), only.duplicates(), only.rejected()))
                .containsExactly(6L, 4L, 1L, 1L);
        assertThat(CaseTables.count(caseDir("c"), "events")).isEqualTo(4);
        assertThat(CaseTables.query(caseDir("c"), "SELECT source_file, source_line, reason FROM rejects"))
                .singleElement().asString()
                .startsWith(file + " | 5 | AuditData is not valid JSON");
    }

    @Test
    void storesHostileTextExactlyAndKeepsTheRawRecordVerbatim() throws Exception {
        String hostile = "a,\\\"b\\\"\\n\\r\\nc\\\\ d\\u00e9\\ud83d\\ude00 \\\"\\\",=cmd|' \\u0000";
        String record = "{\"CreationTime\":\"" + T1 + "\",\"Id\":\"h1\",\"Operation\":\"MailItemsAccessed\","
                + "\"RecordType\":50,\"Workload\":\"Exchange\",\"UserId\":\"\",\"ClientInfoString\":\"" + hostile
                + "\",\"SessionId\":\"\",\"MailboxOwnerUPN\":\"x@contoso.com\","
                + "\"Folders\":[{\"Path\":\"\\\\In\\\"box,\\n2\",\"FolderItems\":[{\"InternetMessageId\":\"<q\\\"1@x>\"}]}]}";
        Path file = lines("hostile.jsonl", record);

        ingest.run(caseDir("it's, \"c\""), List.of(file));

        String expected = new ObjectMapper().readTree(record).get("ClientInfoString").asText();
        assertThat(expected).contains("\n", "\"", ",", "\u00e9", "\ud83d\ude00");
        assertThat(CaseTables.query(caseDir("it's, \"c\""), "SELECT client_info_string = ? FROM events", expected))
                .containsExactly("true");
        assertThat(CaseTables.query(caseDir("it's, \"c\""), "SELECT folder_path, internet_message_id FROM accessed_items"))
                .containsExactly("\\In\"box,\n2 | <q\"1@x>");
        assertThat(CaseTables.events(caseDir("it's, \"c\""))).singleElement().asString().endsWith(" | " + record);
    }

    @Test
    void countsDuplicatesAcrossFilesAndFormats() throws Exception {
        Path first = lines("a.jsonl", bind("m1", T1, "<a@x>"), simple("r2", T1, "UserLoggedIn"));
        Path second = lines("b.txt", LineFormats.WRAPPED_HEADER, "W " + bindWithoutSession("m1", T1, "<a@x>"),
                "W " + simple("r3", T2, "UserLoggedIn"), "device event", "W " + simple("r2", T1, "UserLoggedIn"));

        IngestSummary summary = ingest.run(caseDir("c"), List.of(first, second));

        assertThat(summary.files()).extracting(FileSummary::format)
                .containsExactly("test-auditdata-lines", "test-wrapped-lines");
        FileSummary wrapped = summary.files().get(1);
        assertThat(List.of(wrapped.recordsRead(), wrapped.recordsIngested(), wrapped.duplicates(), wrapped.rejected()))
                .containsExactly(4L, 1L, 2L, 1L);
        assertThat(List.of(summary.recordsRead(), summary.recordsIngested(), summary.duplicates(), summary.rejected()))
                .containsExactly(6L, 3L, 2L, 1L);
        assertThat(CaseTables.query(caseDir("c"), "SELECT format, session_id FROM events WHERE record_id = 'm1'"))
                .containsExactly("test-auditdata-lines | s-1");
        assertThat(CaseTables.query(caseDir("c"), "SELECT reason, excerpt FROM rejects"))
                .containsExactly("not an audit record | device event");
    }

    @Test
    void richerCopyIsKeptWhateverTheOrderOfInputsAndRuns() throws Exception {
        Path rich = lines("rich.jsonl", bind("m1", T1, "<a@x>", "<b@x>"), simple("r1", T1, "UserLoggedIn"));
        Path poorer = lines("poorer.txt", LineFormats.WRAPPED_HEADER, "W " + bindWithoutSession("m1", T1, "<a@x>", "<b@x>"),
                "W " + simple("r1", T1, "UserLoggedIn"));
        Path flattened = lines("flat.jsonl", bindFlattened("m1", T1), simple("r9", T2, "UserLoggedIn"));

        ingest.run(caseDir("forward"), List.of(rich, poorer, flattened));
        ingest.run(caseDir("backward"), List.of(flattened, poorer, rich));
        ingest.run(caseDir("runs"), List.of(flattened));
        ingest.run(caseDir("runs"), List.of(poorer));
        ingest.run(caseDir("runs"), List.of(rich));

        List<String> expected = CaseTables.events(caseDir("forward"));
        assertThat(expected).hasSize(3);
        assertThat(CaseTables.events(caseDir("backward"))).isEqualTo(expected);
        assertThat(CaseTables.events(caseDir("runs"))).isEqualTo(expected);
        assertThat(CaseTables.items(caseDir("backward"))).isEqualTo(CaseTables.items(caseDir("forward")));
        assertThat(CaseTables.items(caseDir("runs"))).isEqualTo(CaseTables.items(caseDir("forward")));
        assertThat(CaseTables.query(caseDir("runs"),
                "SELECT source_file, degraded, session_id, item_count FROM events WHERE record_id = 'm1'"))
                .containsExactly(rich + " | false | s-1 | 2");
        assertThat(CaseTables.query(caseDir("runs"), "SELECT message_key FROM accessed_items ORDER BY 1"))
                .containsExactly("a@x", "b@x");
    }

    @Test
    void degradedRecordsAreCountedPerFile() throws Exception {
        Path flattened = lines("flat.jsonl", bindFlattened("m1", T1), bindFlattened("m2", T1),
                simple("r1", T1, "UserLoggedIn"));

        IngestSummary summary = ingest.run(caseDir("c"), List.of(flattened));

        assertThat(summary.files().get(0).degraded()).isEqualTo(2);
        assertThat(summary.degraded()).isEqualTo(2);
        assertThat(CaseTables.query(caseDir("c"), "SELECT count(*) FROM events WHERE degraded"))
                .containsExactly("2");
    }

    @Test
    void reingestingTheSameEvidenceAddsNothing() throws Exception {
        Path file = lines("a.jsonl", bind("m1", T1, "<a@x>"), simple("r2", T1, "UserLoggedIn"), "not json");
        ingest.run(caseDir("c"), List.of(file));
        List<String> events = CaseTables.events(caseDir("c"));
        List<String> items = CaseTables.items(caseDir("c"));
        List<String> rejects = CaseTables.rejects(caseDir("c"));
        String manifest = Files.readString(caseDir("c").resolve("manifest.json"));

        IngestSummary again = ingest.run(caseDir("c"), List.of(file));

        FileSummary only = again.files().get(0);
        assertThat(List.of(only.recordsRead(), only.recordsIngested(), only.duplicates(), only.rejected()))
                .containsExactly(3L, 0L, 2L, 1L);
        assertThat(CaseTables.events(caseDir("c"))).isEqualTo(events);
        assertThat(CaseTables.items(caseDir("c"))).isEqualTo(items);
        assertThat(CaseTables.rejects(caseDir("c"))).isEqualTo(rejects).hasSize(1);
        assertThat(Files.readString(caseDir("c").resolve("manifest.json"))).isEqualTo(manifest);
        try (var logs = Files.list(caseDir("c").resolve("records"))) {
            assertThat(logs.map(log -> log.getFileName().toString())).containsExactly("run-1.json");
        }
    }

    @Test
    void manifestIsCumulativeAndItsTotalsDescribeTheCase() throws Exception {
        Path first = lines("a.jsonl", simple("r1", T1, "UserLoggedIn"), simple("r2", T1, "UserLoggedIn"));
        Path second = lines("b.jsonl", simple("r2", T1, "UserLoggedIn"), simple("r3", T1, "UserLoggedIn"), "[");
        Path garbage = dir.resolve("garbage.bin");
        Files.write(garbage, new byte[]{0, 1, 2, 3, (byte) 0xFF, 0x7F});
        ingest.run(caseDir("c"), List.of(first));
        ingest.run(caseDir("c"), List.of(second, garbage));
        ingest.run(caseDir("c"), List.of(first));

        JsonNode manifest = new ObjectMapper().readTree(caseDir("c").resolve("manifest.json").toFile());

        assertThat(manifest.get("recordsIngested").asLong()).isEqualTo(CaseTables.count(caseDir("c"), "events"))
                .isEqualTo(3);
        assertThat(manifest.get("recordsRead").asLong()).isEqualTo(5);
        assertThat(manifest.get("duplicates").asLong()).isEqualTo(1);
        assertThat(manifest.get("rejected").asLong()).isEqualTo(1);
        assertThat(manifest.get("files")).hasSize(3);
        JsonNode garbageEntry = manifest.get("files").get(2);
        assertThat(garbageEntry.get("path").asText()).isEqualTo(garbage.toString());
        assertThat(garbageEntry.get("format").asText()).isEqualTo("unrecognized");
        assertThat(garbageEntry.get("sha256").asText()).hasSize(64);
        assertThat(garbageEntry.get("ingestedAtUtc").asText()).endsWith("Z");
    }

    @Test
    void unrecognizedAndUnreadableInputsAreListedAndTheRestIsRead() throws Exception {
        Path good = lines("good.jsonl", simple("r1", T1, "UserLoggedIn"));
        Path text = lines("notes.txt", "just some notes");
        Path zip = dir.resolve("evidence.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../escape.jsonl"));
            out.write(simple("r5", T1, "UserLoggedIn").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("logs/inner.jsonl"));
            out.write(simple("r6", T1, "UserLoggedIn").getBytes(StandardCharsets.UTF_8));
        }
        Path missing = dir.resolve("missing.jsonl");

        IngestSummary summary = ingest.run(caseDir("c"), List.of(good, text, zip, missing));

        assertThat(summary.files()).extracting(FileSummary::path, FileSummary::format, FileSummary::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(good.toString(), "test-auditdata-lines", null),
                        org.assertj.core.groups.Tuple.tuple(text.toString(), "unrecognized", InputReading.NO_READER),
                        org.assertj.core.groups.Tuple.tuple(zip + "!/../escape.jsonl", "unreadable", "unsafe path in archive"),
                        org.assertj.core.groups.Tuple.tuple(zip + "!/logs/inner.jsonl", "test-auditdata-lines", null),
                        org.assertj.core.groups.Tuple.tuple(missing.toString(), "unreadable", "no such file or directory"));
        assertThat(summary.everyInputRead()).isFalse();
        assertThat(summary.recordsIngested()).isEqualTo(2);
        assertThat(CaseTables.query(caseDir("c"), "SELECT record_id, source_file FROM events ORDER BY 1"))
                .containsExactly("r1 | " + good, "r6 | " + zip + "!/logs/inner.jsonl");
    }

    @Test
    void inputThatFailsWhileReadIsDiscardedWhole() throws Exception {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.write((simple("b1", T1, "UserLoggedIn") + "\n" + simple("b2", T1, "UserLoggedIn") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        content.write(" \n".repeat(600_000).getBytes(StandardCharsets.UTF_8));
        Path bomb = dir.resolve("bomb.jsonl.gz");
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            content.writeTo(gzip);
        }
        Path good = lines("good.jsonl", simple("r1", T1, "UserLoggedIn"));
        Ingest limited = new Ingest(LineFormats.registry(), new InputLimits(1024 * 1024, 64 * 1024, 10),
                IngestListener.NONE);

        IngestSummary summary = limited.run(caseDir("c"), List.of(bomb, good));

        assertThat(summary.files().get(0).format()).isEqualTo("unreadable");
        assertThat(summary.files().get(0).reason()).isEqualTo("decompressed size exceeds limit");
        assertThat(summary.files().get(0).sha256()).hasSize(64);
        assertThat(summary.files().get(0).recordsRead()).isZero();
        assertThat(CaseTables.query(caseDir("c"), "SELECT record_id FROM events")).containsExactly("r1");
    }

    @Test
    void emptyInputIsRecognizedAsEmpty() throws Exception {
        Path empty = dir.resolve("empty.jsonl");
        Files.write(empty, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n'});

        IngestSummary summary = ingest.run(caseDir("c"), List.of(empty));

        assertThat(summary.files().get(0).format()).isEqualTo("empty");
        assertThat(summary.everyInputRead()).isTrue();
    }

    @Test
    void mailItemsAccessedItemsAreStoredPerMessage() throws Exception {
        Path file = lines("a.jsonl", bind("m1", T1, "<A@X>", "<b@x>"));

        ingest.run(caseDir("c"), List.of(file));

        assertThat(CaseTables.query(caseDir("c"), "SELECT mailbox, folder_path, internet_message_id, message_key,"
                + " size_in_bytes, is_folder_row FROM accessed_items ORDER BY message_key")).containsExactly(
                "victim@contoso.com | \\Inbox | <A@X> | a@x | 1234 | false",
                "victim@contoso.com | \\Inbox | <b@x> | b@x | 1234 | false");
        assertThat(CaseTables.query(caseDir("c"), "SELECT creation_time, client_ip, client_ip_raw, mail_access_type,"
                + " is_throttled, operation_count FROM events")).containsExactly(
                "2026-03-02 10:00:00.0 | 2001:db8::1 | [2001:db8::1]:443 | Bind | false | 2");
    }

    @Test
    void caseThatIsAFileIsAFatalError() throws IOException {
        Path notADirectory = lines("case", "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ingest.run(notADirectory, List.of()))
                .isInstanceOf(CaseException.class).hasMessageContaining("is not a directory");
    }

    private Path caseDir(String name) {
        return dir.resolve("cases").resolve(name);
    }

    private Path lines(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }
}
