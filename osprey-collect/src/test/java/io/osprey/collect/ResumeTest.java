package io.osprey.collect;

import io.osprey.collect.testserver.RequestKind;
import io.osprey.collect.testserver.TenantApiServer;
import io.osprey.collect.testserver.TenantData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kill and resume: a collector interrupted in the middle of its work, then run again, ends with exactly the
 * evidence of a run that was never interrupted: the same files with the same bytes.
 */
class ResumeTest {
    @TempDir
    Path workspace;
    private TenantApiServer server;
    private TenantData data;

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

    private CollectOptions options() {
        // Blob completions are saved lazily here, so the resumed run must recognise blobs from their files.
        return Fixture.options(new RecordingSleeper()).withParallelism(1, 2).withCheckpointInterval(Duration.ofHours(1));
    }

    private CollectRequest activity(Path caseDirectory) {
        return Fixture.request(caseDirectory, server, Fixture.secretFromEnvironment(),
                data.now().minus(Duration.ofDays(10)), data.now(), Set.of(Source.ACTIVITY_API));
    }

    private CollectRequest auditAndDirectory(Path caseDirectory) {
        return Fixture.request(caseDirectory, server, Fixture.secretFromEnvironment(), TenantData.AUDIT_FROM,
                TenantData.AUDIT_TO, Set.of(Source.AUDIT, Source.DIRECTORY, Source.SIGNINS));
    }

    @Test
    void aKilledCollectionResumedEqualsAnUninterruptedOne() throws Exception {
        Path uninterrupted = workspace.resolve("uninterrupted");
        new Collector(options()).collect(activity(uninterrupted));
        new Collector(options()).collect(auditAndDirectory(uninterrupted));
        int blobs = server.requests(RequestKind.ACTIVITY_BLOB).size();
        int queries = server.audit().created().size();

        Path resumed = workspace.resolve("resumed");
        Thread collector = Thread.currentThread();
        server.after(RequestKind.ACTIVITY_BLOB, blobs + 5, collector::interrupt);
        assertThatThrownBy(() -> new Collector(options()).collect(activity(resumed)))
                .isInstanceOf(InterruptedException.class);
        Thread.interrupted();
        int downloadedBeforeKill = server.requests(RequestKind.ACTIVITY_BLOB).size() - blobs;
        Path stray = strayPartialFile(resumed);
        CollectResult activityResult = new Collector(options()).collect(activity(resumed));
        int downloadedAfterKill = server.requests(RequestKind.ACTIVITY_BLOB).size() - blobs - downloadedBeforeKill;

        server.after(RequestKind.AUDIT_RECORDS, server.requests(RequestKind.AUDIT_RECORDS).size() + 4,
                collector::interrupt);
        assertThatThrownBy(() -> new Collector(options()).collect(auditAndDirectory(resumed)))
                .isInstanceOf(InterruptedException.class);
        Thread.interrupted();
        CollectResult auditResult = new Collector(options()).collect(auditAndDirectory(resumed));

        assertThat(evidence(resumed)).isEqualTo(evidence(uninterrupted));
        assertThat(stray).doesNotExist();
        assertThat(downloadedBeforeKill).isGreaterThanOrEqualTo(5);
        assertThat(downloadedBeforeKill + downloadedAfterKill).isLessThanOrEqualTo(blobs + 2);
        assertThat(server.audit().created().size() - queries).isEqualTo(3);
        assertThat(auditResult.holes()).filteredOn(hole -> !hole.source().equals("activity-api")).isEmpty();
        assertThat(activityResult.holes()).allSatisfy(hole -> assertThat(hole.reason()).contains("7-day reach"));
        String manifest = Files.readString(resumed.resolve("acquisition.json"));
        assertThat(manifest).contains("\"outcome\" : \"interrupted\"").contains("\"outcome\" : \"incomplete\"");
    }

    @Test
    void aQueryThatExpiredWhileTheCollectorWasDownIsAskedAgain() throws Exception {
        Path uninterrupted = workspace.resolve("uninterrupted");
        new Collector(options()).collect(auditAndDirectory(uninterrupted));
        int queries = server.audit().created().size();

        Path resumed = workspace.resolve("resumed");
        Thread collector = Thread.currentThread();
        server.after(RequestKind.AUDIT_RECORDS, server.requests(RequestKind.AUDIT_RECORDS).size() + 5,
                collector::interrupt);
        assertThatThrownBy(() -> new Collector(options()).collect(auditAndDirectory(resumed)))
                .isInstanceOf(InterruptedException.class);
        Thread.interrupted();
        server.audit().expireQueries();
        CollectResult result = new Collector(options()).collect(auditAndDirectory(resumed));

        assertThat(result.holes()).isEmpty();
        assertThat(evidence(resumed)).isEqualTo(evidence(uninterrupted));
        assertThat(server.audit().created().size() - queries).isEqualTo(4);
    }

    /** Leaves a half-written temporary file, as a kill in the middle of a write would, for a blob not yet saved. */
    private Path strayPartialFile(Path caseDirectory) throws IOException {
        for (TenantData.Blob blob : data.reachableBlobs("Audit.General")) {
            Path file = caseDirectory.resolve("evidence/activity-api/Audit.General/"
                    + blob.contentId().replace('$', '_') + ".json.gz");
            if (!Files.exists(file)) {
                Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
                Files.createDirectories(partial.getParent());
                Files.write(partial, Arrays.copyOf(blob.body(), 10));
                return partial;
            }
        }
        throw new AssertionError("every blob was saved before the interruption");
    }

    /** Every file under the evidence folder, hidden ones included, by relative path, as text of its bytes. */
    private static Map<String, String> evidence(Path caseDirectory) throws IOException {
        Path root = caseDirectory.resolve("evidence");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
