package io.osprey.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.osprey.collect.evidence.EvidenceKind;
import io.osprey.collect.testserver.Fault;
import io.osprey.collect.testserver.RequestKind;
import io.osprey.collect.testserver.TenantApiServer;
import io.osprey.collect.testserver.TenantData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCollectionTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path caseDirectory;
    private TenantApiServer server;
    private TenantData data;
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void start() {
        data = TenantData.standard(Instant.now());
        server = TenantApiServer.start(data);
        server.tokens().acceptSecret(Fixture.SECRET);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void collectsEveryRecordOfEveryDayWindowAsJsonLines() throws Exception {
        CollectResult result = new Collector(Fixture.options(sleeper)).collect(Fixture.auditRequest(caseDirectory, server));

        assertThat(result.holes()).isEmpty();
        assertThat(result.auditRecords()).isEqualTo(data.auditRecords().size());
        List<String> lines = lines(result.auditEvidence());
        assertThat(lines).containsExactlyInAnyOrderElementsOf(
                data.auditRecords().stream().map(TenantData.AuditRecord::json).toList());
        assertThat(result.evidenceFiles()).allSatisfy(file -> {
            assertThat(file.kind()).isEqualTo(EvidenceKind.GRAPH_AUDIT_RECORDS);
            assertThat(file.path().toString()).contains("graph-audit").endsWith(".jsonl.gz");
        });
        assertThat(server.audit().created()).extracting(query -> query.start().toString()).containsExactlyInAnyOrder(
                "2024-03-01T00:00:00Z", "2024-03-02T00:00:00Z", "2024-03-03T00:00:00Z");
        JsonNode manifest = MAPPER.readTree(caseDirectory.resolve("acquisition.json").toFile());
        JsonNode windows = manifest.path("acquisitions").get(0).path("auditWindows");
        assertThat(windows.size()).isEqualTo(3);
        windows.forEach(window -> {
            assertThat(window.path("status").asText()).isEqualTo("COMPLETE");
            assertThat(window.path("lastQueryStatus").asText()).isEqualTo("succeeded");
            assertThat(window.path("records").asLong()).isEqualTo(48);
        });
    }

    @Test
    void sendsTheFiltersAndSavesOnlyWhatTheServiceReturns() throws Exception {
        CollectRequest request = new CollectRequest(caseDirectory, Fixture.auditRequest(caseDirectory, server).signIn(),
                TenantData.AUDIT_FROM, TenantData.AUDIT_TO, java.util.Set.of(Source.AUDIT), List.of("MailItemsAccessed"),
                List.of("Alice@Contoso.com"), List.of("exchangeItemAggregated"));

        CollectResult result = new Collector(Fixture.options(sleeper)).collect(request);

        assertThat(server.audit().created()).allSatisfy(query -> {
            assertThat(query.operations()).containsExactly("MailItemsAccessed");
            assertThat(query.users()).containsExactly("Alice@Contoso.com");
            assertThat(query.recordTypes()).containsExactly("exchangeItemAggregated");
        });
        List<String> expected = data.auditRecords().stream()
                .filter(record -> record.operation().equals("MailItemsAccessed") && record.user().startsWith("alice"))
                .map(TenantData.AuditRecord::json).toList();
        assertThat(expected).isNotEmpty();
        assertThat(lines(result.auditEvidence())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void splitsWindowsThatHitTheRecordLimitUntilEveryRecordIsIn() throws Exception {
        server.audit().recordLimit(30);

        CollectResult result = new Collector(Fixture.options(sleeper)).collect(Fixture.auditRequest(caseDirectory, server));

        assertThat(result.holes()).isEmpty();
        assertThat(lines(result.auditEvidence())).containsExactlyInAnyOrderElementsOf(
                data.auditRecords().stream().map(TenantData.AuditRecord::json).toList());
        assertThat(server.audit().created()).hasSize(9);
        JsonNode windows = manifestWindows();
        JsonNode split = windows.path("20240301T000000Z_20240302T000000Z");
        assertThat(split.path("status").asText()).isEqualTo("SPLIT");
        assertThat(split.path("failure").asText()).contains("record limit");
        assertThat(split.path("children")).extracting(JsonNode::asText).containsExactly(
                "20240301T000000Z_20240301T120000Z", "20240301T120000Z_20240302T000000Z");
        assertThat(windows.path("20240301T000000Z_20240301T120000Z").path("records").asLong()).isEqualTo(24);
    }

    @Test
    void retriesFailedQueriesAndSplitsWindowsWhoseQueriesKeepFailing() throws Exception {
        server.audit().failQueriesStartingAt(Instant.parse("2024-03-02T00:00:00Z"), 1);
        server.audit().failQueriesStartingAt(Instant.parse("2024-03-03T00:00:00Z"), 3);

        CollectResult result = new Collector(Fixture.options(sleeper)).collect(Fixture.auditRequest(caseDirectory, server));

        assertThat(result.holes()).isEmpty();
        assertThat(result.auditRecords()).isEqualTo(data.auditRecords().size());
        JsonNode windows = manifestWindows();
        assertThat(windows.path("20240302T000000Z_20240303T000000Z").path("queriesSubmitted").asInt()).isEqualTo(2);
        assertThat(windows.path("20240302T000000Z_20240303T000000Z").path("status").asText()).isEqualTo("COMPLETE");
        assertThat(windows.path("20240303T000000Z_20240304T000000Z").path("status").asText()).isEqualTo("SPLIT");
        assertThat(windows.path("20240303T000000Z_20240304T000000Z").path("failure").asText())
                .contains("ended with status failed");
    }

    @Test
    void aWindowTooShortToSplitKeepsWhatCameBackAndIsAHole() throws Exception {
        server.audit().recordLimit(10);
        CollectOptions options = Fixture.options(sleeper).withAuditWindows(java.time.Duration.ofDays(1),
                java.time.Duration.ofDays(1));

        CollectResult result = new Collector(options).collect(Fixture.auditRequest(caseDirectory, server));

        assertThat(result.auditRecords()).isEqualTo(30);
        assertThat(result.holes()).hasSize(3).allSatisfy(hole -> {
            assertThat(hole.source()).isEqualTo("audit");
            assertThat(hole.reason()).contains("record limit");
        });
        assertThat(manifestWindows().path("20240301T000000Z_20240302T000000Z").path("status").asText())
                .isEqualTo("TRUNCATED");
    }

    @Test
    void ridesOutThrottlingServerErrorsAndCutBodies() throws Exception {
        server.fault(RequestKind.AUDIT_CREATE, Fault.throttled(7));
        server.fault(RequestKind.AUDIT_STATUS, Fault.serverError(503));
        server.fault(RequestKind.AUDIT_RECORDS, Fault.throttled(2));
        server.fault(RequestKind.AUDIT_RECORDS, new Fault.CutJson());
        server.fault(RequestKind.AUDIT_RECORDS, new Fault.CutConnection());
        server.fault(RequestKind.AUDIT_RECORDS, Fault.serverError(500));

        CollectResult result = new Collector(Fixture.options(sleeper)).collect(Fixture.auditRequest(caseDirectory, server));

        assertThat(result.holes()).isEmpty();
        assertThat(lines(result.auditEvidence())).containsExactlyInAnyOrderElementsOf(
                data.auditRecords().stream().map(TenantData.AuditRecord::json).toList());
        assertThat(sleeper.delays()).contains(java.time.Duration.ofSeconds(7), java.time.Duration.ofSeconds(2));
        long retries = 0;
        for (JsonNode window : manifestWindows()) {
            retries += window.path("retries").asLong();
        }
        assertThat(retries).isEqualTo(6);
    }

    @Test
    void getsAFreshTokenWhenTheServiceRejectsTheOldOne() throws Exception {
        server.after(RequestKind.AUDIT_STATUS, 2, () -> server.tokens().revokeAll());

        CollectResult result = new Collector(Fixture.options(sleeper).withParallelism(1, 1))
                .collect(Fixture.auditRequest(caseDirectory, server));

        assertThat(result.holes()).isEmpty();
        assertThat(server.tokens().grants()).containsExactly("client_credentials", "client_credentials");
        assertThat(server.requests()).anySatisfy(request -> assertThat(request.status()).isEqualTo(401));
    }

    @Test
    void saysSoWhenTheAppMayNotQueryTheAuditLog() throws Exception {
        // A real tenant refuses every query creation, not just the first (the collector may have a second
        // window's request in flight when the first refusal arrives).
        for (int window = 0; window < 3; window++) {
            server.fault(RequestKind.AUDIT_CREATE, Fault.forbidden());
        }

        CollectResult result = new Collector(Fixture.options(sleeper).withParallelism(1, 1))
                .collect(Fixture.auditRequest(caseDirectory, server));

        assertThat(result.evidenceFiles()).isEmpty();
        assertThat(result.warnings()).anySatisfy(warning -> assertThat(warning)
                .contains("Authorization_RequestDenied").contains("AuditLogsQuery.Read.All"));
        assertThat(result.warnings()).contains(CollectResult.NO_AUDIT_RECORDS);
        assertThat(result.holes()).hasSize(3).allSatisfy(hole -> assertThat(hole.reason()).contains("refused"));
        assertThat(server.audit().created()).isEmpty();
    }

    @Test
    void anEmptyAuditLogIsReportedAndLeavesNoEmptyFiles() throws Exception {
        CollectRequest request = Fixture.request(caseDirectory, server, Fixture.secretFromEnvironment(),
                Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-02-03T00:00:00Z"), java.util.Set.of(Source.AUDIT));

        CollectResult result = new Collector(Fixture.options(sleeper)).collect(request);

        assertThat(result.holes()).isEmpty();
        assertThat(result.auditRecords()).isZero();
        assertThat(result.warnings()).contains(CollectResult.NO_AUDIT_RECORDS);
        assertThat(result.evidenceFiles()).isEmpty();
        assertThat(caseDirectory.resolve("evidence")).satisfies(evidence -> {
            if (Files.exists(evidence)) {
                try (var files = Files.walk(evidence)) {
                    assertThat(files.filter(Files::isRegularFile)).isEmpty();
                }
            }
        });
        String manifest = Files.readString(caseDirectory.resolve("acquisition.json"));
        assertThat(manifest).contains("auditing may be off");
    }

    private JsonNode manifestWindows() throws IOException {
        return MAPPER.readTree(caseDirectory.resolve("acquisition.json").toFile()).path("acquisitions").get(0)
                .path("auditWindows");
    }

    static List<String> lines(List<Path> files) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).endsWith("\n");
                lines.addAll(List.of(text.split("\n")));
            }
        }
        return lines;
    }
}
