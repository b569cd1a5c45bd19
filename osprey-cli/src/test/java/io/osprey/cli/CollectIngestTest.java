package io.osprey.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.osprey.collect.CollectOptions;
import io.osprey.collect.http.RetryPolicy;
import io.osprey.collect.testserver.RequestKind;
import io.osprey.collect.testserver.TenantApiServer;
import io.osprey.collect.testserver.TenantData;
import io.osprey.collect.testserver.TestTls;
import io.osprey.model.AuditEvent;
import io.osprey.store.CaseEvents;
import io.osprey.store.CaseStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code osprey collect} against the local test tenant, with the ingest it does as it goes: the case ends with
 * exactly the collected records, a rerun or a resumed run never counts a record twice, and a killed run resumed
 * gives the case of an uninterrupted run.
 */
class CollectIngestTest {
    private static final String SECRET = "S3cr3t~Value.ForTheCliTest_42";
    private static final String SECRET_VARIABLE = "OSPREY_CLI_TEST_SECRET";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path workspace;
    private TenantApiServer server;
    private TenantData data;

    private record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return MAPPER.readTree(out);
        }
    }

    @BeforeEach
    void start() {
        data = TenantData.standard(Instant.now());
        server = TenantApiServer.start(data);
        server.tokens().acceptSecret(SECRET);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static CollectOptions options() {
        return CollectOptions.defaults()
                .withRetry(new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMinutes(10),
                        duration -> Thread.sleep(1)))
                .withPolling(Duration.ofMillis(1), Duration.ofMinutes(1), 3)
                .withAuditWindows(Duration.ofDays(1), Duration.ofMinutes(30))
                .withSslContext(TestTls.get().clientContext())
                .withEnvironment(Map.of(SECRET_VARIABLE, SECRET)::get)
                .withActivityContentTypes(List.of("Audit.Exchange", "Audit.General"))
                .withParallelism(1, 2)
                .withCheckpointInterval(Duration.ZERO)
                .withRequestTimeout(Duration.ofSeconds(20));
    }

    private Run collect(Path caseDirectory, String sources, Instant from, Instant to, String... more) {
        List<String> arguments = new ArrayList<>(List.of(caseDirectory.toString(), "--tenant", TenantData.TENANT,
                "--client-id", TenantApiServer.CLIENT_ID, "--client-secret-env", SECRET_VARIABLE,
                "--login-host", server.base().toString(), "--graph-host", server.base().toString(),
                "--activity-host", server.base().toString(), "--from", from.toString(), "--to", to.toString(),
                "--source", sources));
        arguments.addAll(List.of(more));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new CollectCommand(options()));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exitCode = command.execute(arguments.toArray(String[]::new));
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Run collectAudit(Path caseDirectory, String... more) {
        return collect(caseDirectory, "audit", TenantData.AUDIT_FROM, TenantData.AUDIT_TO, more);
    }

    private Run collectActivity(Path caseDirectory, String... more) {
        // Within the API's 7-day reach, so the run is complete, and early enough for every reachable blob.
        return collect(caseDirectory, "activity-api", data.now().minus(Duration.ofDays(6)).minus(Duration.ofHours(21)),
                data.now(), more);
    }

    @Test
    void collectIngestsEveryRecordAsItGoesAndSaysSoInItsJson() throws IOException {
        Run audit = collectAudit(workspace, "--json");
        Run activity = collectActivity(workspace, "--json");

        assertThat(audit.exitCode()).as(audit.err()).isZero();
        assertThat(activity.exitCode()).as(activity.err()).isZero();
        int auditRecords = data.auditRecords().size();
        JsonNode auditIngest = audit.json().path("ingest");
        assertThat(auditIngest.path("recordsIngested").asLong()).isEqualTo(auditRecords);
        assertThat(auditIngest.path("files")).hasSize(audit.json().path("evidenceFiles").size());
        assertThat(ingestRuns(audit)).as("one ingest per completed day window").isEqualTo(3);
        JsonNode activityIngest = activity.json().path("ingest");
        long blobRecords = activity.json().path("auditRecords").asLong() - audit.json().path("auditRecords").asLong();
        assertThat(activityIngest.path("recordsRead").asLong()).isEqualTo(blobRecords);
        assertThat(activityIngest.path("duplicates").asLong()).as("one record is published in two blobs")
                .isEqualTo(1);
        assertThat(ingestRuns(activity)).isGreaterThan(1);
        assertThat(recordIds(workspace)).hasSize((int) (auditRecords + blobRecords - 1));
        assertThat(data.auditRecords()).allSatisfy(record ->
                assertThat(recordIds(workspace)).contains(MAPPER.readTree(record.json()).path("id").asText()));
    }

    @Test
    void aRerunIngestsNothingAgainAndNoIngestLeavesItToALaterRun() throws IOException {
        Path caseDirectory = workspace.resolve("case");
        Run collectedOnly = collectAudit(caseDirectory, "--no-ingest");
        assertThat(collectedOnly.exitCode()).isZero();
        assertThat(collectedOnly.out()).contains("not ingested (--no-ingest)");
        assertThat(caseDirectory.resolve(CaseStore.DATABASE_FILE)).doesNotExist();
        int requests = server.requests().size();

        Run ingested = collectAudit(caseDirectory, "--json");
        Run again = collectAudit(caseDirectory, "--json");

        assertThat(server.requests().size() - requests).as("only sign-in: every window was complete")
                .isLessThanOrEqualTo(2);
        assertThat(ingested.json().path("ingest").path("recordsIngested").asLong())
                .isEqualTo(data.auditRecords().size());
        assertThat(again.json().path("ingest").path("files")).isEmpty();
        assertThat(again.json().path("ingest").path("recordsRead").asLong()).isZero();
        assertThat(recordIds(caseDirectory)).hasSize(data.auditRecords().size());
        assertThat(caseManifest(caseDirectory).path("recordsIngested").asLong()).isEqualTo(data.auditRecords().size());
        assertThat(caseManifest(caseDirectory).path("duplicates").asLong()).isZero();
    }

    @Test
    void aKilledCollectResumedGivesTheCaseOfAnUninterruptedOne() throws IOException {
        Path uninterrupted = workspace.resolve("uninterrupted");
        assertThat(collectAudit(uninterrupted).exitCode()).isZero();
        assertThat(collectActivity(uninterrupted).exitCode()).isZero();
        int pages = server.requests(RequestKind.AUDIT_RECORDS).size();
        int blobs = server.requests(RequestKind.ACTIVITY_BLOB).size();

        Path resumed = workspace.resolve("resumed");
        Thread collector = Thread.currentThread();
        server.after(RequestKind.AUDIT_RECORDS, pages + pages / 2, collector::interrupt);
        Run killedAudit = collectAudit(resumed);
        Thread.interrupted();
        server.after(RequestKind.ACTIVITY_BLOB, blobs + blobs / 2, collector::interrupt);
        Run killedActivity = collectActivity(resumed);
        Thread.interrupted();
        int recordsAfterKill = recordIds(resumed).size();
        Run resumedAudit = collectAudit(resumed, "--json");
        Run resumedActivity = collectActivity(resumed, "--json");

        assertThat(killedAudit.exitCode()).isEqualTo(1);
        assertThat(killedAudit.err()).contains("interrupted; run the same command again to continue");
        assertThat(killedActivity.exitCode()).isEqualTo(1);
        assertThat(recordsAfterKill).as("the killed runs ingested what they had settled").isPositive();
        assertThat(resumedAudit.exitCode()).as("the activity windows are still holes").isEqualTo(3);
        assertThat(resumedActivity.exitCode()).isZero();
        assertThat(resumedActivity.json().path("complete").asBoolean()).isTrue();
        assertThat(recordIds(resumed)).isEqualTo(recordIds(uninterrupted));
        assertThat(caseManifest(resumed).path("recordsIngested").asLong())
                .isEqualTo(caseManifest(uninterrupted).path("recordsIngested").asLong());
        assertThat(caseManifest(resumed).path("duplicates").asLong())
                .isEqualTo(caseManifest(uninterrupted).path("duplicates").asLong());
        assertThat(evidenceSha256(caseManifest(resumed))).isEqualTo(evidenceSha256(caseManifest(uninterrupted)));
    }

    @Test
    void anEmptyTenantSaysAuditingMayBeOffAndLeavesNoEmptyFiles() throws IOException {
        Run run = collect(workspace, "audit", Instant.parse("2024-02-01T00:00:00Z"),
                Instant.parse("2024-02-03T00:00:00Z"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("warning: no audit records were returned: auditing may be off or the"
                + " account may lack the AuditLogsQuery.Read.All / ActivityFeed.Read role");
        assertThat(run.out()).contains("ingested 0 new evidence file(s)");
        assertThat(workspace.resolve(CaseStore.DATABASE_FILE)).doesNotExist();
        if (Files.exists(workspace.resolve("evidence"))) {
            try (Stream<Path> files = Files.walk(workspace.resolve("evidence"))) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
        }
    }

    @Test
    void windowsAKilledCollectLeftAreCoverageGapsInTheInvestigationAndTheReport() throws IOException {
        Thread collector = Thread.currentThread();
        server.after(RequestKind.AUDIT_CREATE, 2, collector::interrupt);
        Run killed = collectAudit(workspace);
        Thread.interrupted();
        assertThat(killed.exitCode()).isEqualTo(1);

        StringWriter out = new StringWriter();
        CommandLine investigate = new CommandLine(new InvestigateCommand());
        investigate.setOut(new PrintWriter(out));
        int exitCode = investigate.execute(workspace.toString(), "--from", TenantData.AUDIT_FROM.toString(),
                "--to", TenantData.AUDIT_TO.toString());

        assertThat(exitCode).isZero();
        JsonNode summary = MAPPER.readTree(workspace.resolve("reports/investigation/summary.json").toFile());
        assertThat(summary.path("coverageGaps")).extracting(gap -> gap.path("unit").asText())
                .contains("20240303T000000Z_20240304T000000Z").doesNotContain("20240301T000000Z_20240302T000000Z");
        assertThat(summary.path("coverageGaps")).allSatisfy(gap -> {
            assertThat(gap.path("source").asText()).isEqualTo("audit");
            assertThat(gap.path("hidesMailAccess").asBoolean()).isTrue();
            assertThat(gap.path("inPeriod").asBoolean()).isTrue();
            assertThat(gap.path("reason").asText()).contains("not collected yet");
        });
        assertThat(summary.path("caveats")).anySatisfy(caveat -> assertThat(caveat.asText())
                .startsWith("Collection gap: the audit evidence from 2024-03-03T00:00:00Z"));
        JsonNode alice = mailbox(summary, "alice@contoso.com");
        assertThat(alice.path("caveats")).anySatisfy(caveat -> assertThat(caveat.asText())
                .contains("Not audited from").contains("to 2024-03-04T00:00:00Z"));
        String coverage = Files.readString(workspace.resolve("reports/investigation/coverage.csv"));
        assertThat(coverage.lines().filter(line -> line.startsWith("alice@contoso.com,2024-03-03")))
                .singleElement().asString().contains("NOT_AUDITED");

        CommandLine report = new CommandLine(new ReportCommand());
        report.setOut(new PrintWriter(new StringWriter()));
        assertThat(report.execute(workspace.toString())).isZero();
        String html = Files.readString(workspace.resolve("reports/report.html"));
        assertThat(html).contains("<h2>Collection gaps</h2>").contains("20240303T000000Z_20240304T000000Z");
    }

    private static JsonNode mailbox(JsonNode summary, String name) {
        for (JsonNode mailbox : summary.path("mailboxes")) {
            if (mailbox.path("mailbox").asText().equals(name)) {
                return mailbox;
            }
        }
        throw new AssertionError(name + " is not in summary.json");
    }

    private static long ingestRuns(Run run) {
        return run.err().lines().filter(line -> line.startsWith("collect: ingested ")).count();
    }

    private static List<String> recordIds(Path caseDirectory) {
        List<String> ids = new ArrayList<>();
        if (!Files.exists(caseDirectory.resolve(CaseStore.DATABASE_FILE))) {
            return ids;
        }
        try (CaseStore store = CaseStore.open(caseDirectory)) {
            new CaseEvents(store).forEach(event -> ids.add(event.recordId()));
        } catch (Exception e) {
            throw new AssertionError("cannot read the case " + caseDirectory, e);
        }
        ids.sort(null);
        return ids;
    }

    private static JsonNode caseManifest(Path caseDirectory) throws IOException {
        return MAPPER.readTree(caseDirectory.resolve(CaseStore.MANIFEST_FILE).toFile());
    }

    /** Each ingested evidence file's SHA-256 by its path relative to the case, with its ingested count. */
    private static Map<String, String> evidenceSha256(JsonNode manifest) {
        Map<String, String> files = new TreeMap<>();
        for (JsonNode file : manifest.path("files")) {
            String path = file.path("path").asText();
            files.put(path.substring(path.indexOf("evidence")), file.path("sha256").asText() + " "
                    + file.path("recordsRead").asLong());
        }
        return files;
    }
}
