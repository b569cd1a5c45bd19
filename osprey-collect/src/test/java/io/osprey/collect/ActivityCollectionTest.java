package io.osprey.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.osprey.collect.checkpoint.CoverageHole;
import io.osprey.collect.evidence.EvidenceFile;
import io.osprey.collect.evidence.EvidenceKind;
import io.osprey.collect.http.RetryPolicy;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityCollectionTest {
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
        server.activity().alreadyEnabled("Audit.General");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CollectRequest lastTenDays() {
        return Fixture.request(caseDirectory, server, Fixture.secretFromEnvironment(),
                data.now().minus(Duration.ofDays(10)), data.now(), Set.of(Source.ACTIVITY_API));
    }

    @Test
    void savesEveryReachableBlobExactlyAsReceivedWithinTheDocumentedLimits() throws Exception {
        CollectResult result = new Collector(Fixture.options(sleeper)).collect(lastTenDays());

        assertThat(server.activity().violations()).isEmpty();
        for (String contentType : List.of("Audit.Exchange", "Audit.General")) {
            for (TenantData.Blob blob : data.blobs().get(contentType)) {
                Path file = blobFile(contentType, blob.contentId());
                if (data.reachableBlobs(contentType).contains(blob)) {
                    assertThat(gunzip(file)).isEqualTo(blob.body());
                } else {
                    assertThat(file).doesNotExist();
                }
            }
        }
        int reachable = data.reachableBlobs("Audit.Exchange").size() + data.reachableBlobs("Audit.General").size();
        assertThat(result.evidenceFiles()).hasSize(reachable)
                .allSatisfy(file -> assertThat(file.kind()).isEqualTo(EvidenceKind.ACTIVITY_CONTENT_BLOB));
        assertThat(server.requests(RequestKind.ACTIVITY_BLOB)).hasSize(reachable);
        long records = result.evidenceFiles().stream().mapToLong(EvidenceFile::records).sum();
        assertThat(result.auditRecords()).isEqualTo(records);
        assertThat(server.paths(RequestKind.ACTIVITY_LIST)).anySatisfy(path -> assertThat(path).contains("nextPage="));
    }

    @Test
    void sendsPublisherIdentifierOnEveryCallAndNeverAsksMoreThan24HoursOr7DaysBack() throws Exception {
        new Collector(Fixture.options(sleeper)).collect(lastTenDays());

        List<TenantApiServer.Logged> calls = new ArrayList<>();
        calls.addAll(server.requests(RequestKind.ACTIVITY_START));
        calls.addAll(server.requests(RequestKind.ACTIVITY_LIST));
        calls.addAll(server.requests(RequestKind.ACTIVITY_BLOB));
        assertThat(calls).isNotEmpty().allSatisfy(call ->
                assertThat(call.pathAndQuery()).contains("PublisherIdentifier=" + TenantData.TENANT));
        Instant reach = data.now().minus(Duration.ofDays(7));
        for (String path : server.paths(RequestKind.ACTIVITY_LIST)) {
            Instant start = Instant.parse(parameter(path, "startTime") + "Z");
            Instant end = Instant.parse(parameter(path, "endTime") + "Z");
            assertThat(Duration.between(start, end)).isPositive().isLessThanOrEqualTo(Duration.ofHours(24));
            assertThat(start).isAfter(reach);
        }
        assertThat(server.activity().violations()).isEmpty();
    }

    @Test
    void recordsTheReachClampAndTheSubscriptionsInTheManifest() throws Exception {
        CollectResult result = new Collector(Fixture.options(sleeper)).collect(lastTenDays());

        assertThat(result.holes()).isNotEmpty().allSatisfy(hole -> {
            assertThat(hole.source()).isEqualTo("activity-api");
            assertThat(hole.reason()).contains("7-day reach");
        });
        Instant clampedFrom = data.now().minus(Duration.ofDays(10));
        assertThat(result.holes()).extracting(CoverageHole::startUtc)
                .contains(CollectContext.utc(clampedFrom));
        assertThat(result.warnings()).anySatisfy(warning -> assertThat(warning).contains("reaches only 7 days back"));
        assertThat(result.warnings()).anySatisfy(warning -> assertThat(warning)
                .contains("Audit.Exchange subscription was started now"));
        assertThat(result.warnings()).noneSatisfy(warning -> assertThat(warning)
                .contains("Audit.General subscription was started now"));
        JsonNode acquisition = MAPPER.readTree(caseDirectory.resolve("acquisition.json").toFile())
                .path("acquisitions").get(0);
        assertThat(acquisition.path("subscriptions").path("Audit.Exchange").asText()).startsWith("started by osprey");
        assertThat(acquisition.path("subscriptions").path("Audit.General").asText()).startsWith("already enabled");
        JsonNode windows = acquisition.path("activityWindows");
        assertThat(windows.size()).isEqualTo(2 * 11);
        int outOfReach = 0;
        for (JsonNode window : windows) {
            if (window.path("status").asText().equals("OUT_OF_REACH")) {
                outOfReach++;
                assertThat(window.has("askedStartUtc")).isFalse();
            } else {
                assertThat(window.path("status").asText()).isEqualTo("COMPLETE");
                assertThat(window.path("askedStartUtc").asText()).isNotEmpty();
            }
        }
        assertThat(outOfReach).isEqualTo(2 * 3);
    }

    @Test
    void keepsBothCopiesOfARecordPublishedInTwoBlobs() throws Exception {
        CollectResult result = new Collector(Fixture.options(sleeper)).collect(lastTenDays());

        String sharedId = "\"Id\":\"" + java.util.UUID.nameUUIDFromBytes("shared-record".getBytes()) + "\"";
        long blobsWithShared = 0;
        for (EvidenceFile file : result.evidenceFiles()) {
            if (new String(gunzip(file.path())).contains(sharedId)) {
                blobsWithShared++;
            }
        }
        assertThat(blobsWithShared).isEqualTo(2);
    }

    @Test
    void followsTheNextPageUrlSpellingOfThePagingHeader() throws Exception {
        server.activity().nextPageHeader("nextpageurl");
        server.activity().pageSize(1);

        CollectResult result = new Collector(Fixture.options(sleeper)).collect(lastTenDays());

        int reachable = data.reachableBlobs("Audit.Exchange").size() + data.reachableBlobs("Audit.General").size();
        assertThat(result.evidenceFiles()).hasSize(reachable);
    }

    @Test
    void backsOffOnThrottlingAndRetriesServerErrorsAndCutBodies() throws Exception {
        server.fault(RequestKind.ACTIVITY_LIST, Fault.activityThrottled());
        server.fault(RequestKind.ACTIVITY_LIST, Fault.throttled(4));
        server.fault(RequestKind.ACTIVITY_BLOB, Fault.throttled(3));
        server.fault(RequestKind.ACTIVITY_BLOB, Fault.activityThrottled());
        server.fault(RequestKind.ACTIVITY_BLOB, Fault.serverError(503));
        server.fault(RequestKind.ACTIVITY_BLOB, Fault.serverError(500));
        server.fault(RequestKind.ACTIVITY_BLOB, new Fault.CutJson());
        server.fault(RequestKind.ACTIVITY_BLOB, new Fault.CutConnection());

        CollectOptions options = Fixture.options(sleeper).withParallelism(1, 1)
                .withRetry(new RetryPolicy(8, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMinutes(10), sleeper));

        CollectResult result = new Collector(options).collect(lastTenDays());

        for (TenantData.Blob blob : data.reachableBlobs("Audit.Exchange")) {
            assertThat(gunzip(blobFile("Audit.Exchange", blob.contentId()))).isEqualTo(blob.body());
        }
        assertThat(result.holes()).allSatisfy(hole -> assertThat(hole.reason()).contains("7-day reach"));
        assertThat(sleeper.delays()).contains(Duration.ofSeconds(3), Duration.ofSeconds(4));
        JsonNode blobs = MAPPER.readTree(caseDirectory.resolve("acquisition.json").toFile())
                .path("acquisitions").get(0).path("activityBlobs");
        int retries = 0;
        for (JsonNode blob : blobs) {
            retries += blob.path("retries").asInt();
        }
        assertThat(retries).isEqualTo(6);
    }

    @Test
    void aBlobThatKeepsFailingIsAHoleThatTheNextRunFills() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            server.fault(RequestKind.ACTIVITY_BLOB, Fault.serverError(503));
        }
        CollectOptions options = Fixture.options(sleeper).withParallelism(1, 1);

        CollectResult first = new Collector(options).collect(lastTenDays());

        List<CoverageHole> blobHoles = first.holes().stream().filter(hole -> !hole.reason().contains("7-day")).toList();
        assertThat(blobHoles).hasSize(2);
        assertThat(blobHoles).anySatisfy(hole -> assertThat(hole.reason())
                .contains("could not be downloaded").contains("HTTP 503"));
        int downloadsBefore = server.requests(RequestKind.ACTIVITY_BLOB).size();

        CollectResult second = new Collector(options).collect(lastTenDays());

        assertThat(second.holes()).allSatisfy(hole -> assertThat(hole.reason()).contains("7-day reach"));
        assertThat(server.requests(RequestKind.ACTIVITY_BLOB).size() - downloadsBefore).isEqualTo(1);
        assertThat(second.evidenceFiles()).hasSize(first.evidenceFiles().size() + 1);
    }

    @Test
    void saysWhichPermissionIsMissingWhenTheFeedRefusesTheApp() throws Exception {
        server.fault(RequestKind.ACTIVITY_START, Fault.forbidden());

        CollectResult result = new Collector(Fixture.options(sleeper)).collect(lastTenDays());

        assertThat(result.warnings()).anySatisfy(warning -> assertThat(warning).contains("ActivityFeed.Read"));
        assertThat(result.warnings()).contains(CollectResult.NO_AUDIT_RECORDS);
        assertThat(result.evidenceFiles()).isEmpty();
        assertThat(server.requests(RequestKind.ACTIVITY_LIST)).isEmpty();
    }

    private Path blobFile(String contentType, String contentId) {
        return caseDirectory.resolve("evidence/activity-api/" + contentType + "/" + contentId.replace('$', '_')
                + ".json.gz");
    }

    static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static String parameter(String path, String name) {
        for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " missing from " + path);
    }

    static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
