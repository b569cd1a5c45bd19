package io.osprey.collect;

import io.osprey.collect.testserver.RequestKind;
import io.osprey.collect.testserver.TenantApiServer;
import io.osprey.collect.testserver.TenantData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanTest {
    @TempDir
    Path caseDirectory;
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

    @Test
    void listsWhatWouldBeFetchedWithoutAnyNetworkCall() {
        CollectRequest request = Fixture.request(caseDirectory, server, Fixture.secretFromEnvironment(),
                data.now().minus(Duration.ofDays(9)), data.now(), Set.of(Source.values()));

        CollectPlan plan = new Collector(Fixture.options(new RecordingSleeper())).plan(request);

        assertThat(server.requests()).isEmpty();
        assertThat(caseDirectory.resolve("acquisition.json")).doesNotExist();
        List<PlannedFetch> audit = plan.fetches().stream().filter(fetch -> fetch.source() == Source.AUDIT).toList();
        assertThat(audit).hasSize(10).allSatisfy(fetch -> {
            assertThat(fetch.method()).isEqualTo("POST");
            assertThat(fetch.url()).isEqualTo(server.base() + "/beta/security/auditLog/queries");
            assertThat(fetch.status()).isEqualTo("to fetch");
        });
        List<PlannedFetch> activity = plan.fetches().stream().filter(fetch -> fetch.source() == Source.ACTIVITY_API)
                .toList();
        assertThat(activity).filteredOn(fetch -> fetch.method().equals("POST")).hasSize(2);
        assertThat(activity).filteredOn(fetch -> fetch.status().equals("skipped")).hasSize(2 * 2);
        assertThat(activity).anySatisfy(fetch -> assertThat(fetch.note()).contains("start clamped"));
        assertThat(activity).filteredOn(fetch -> fetch.method().equals("GET") && !fetch.url().equals("-"))
                .allSatisfy(fetch -> assertThat(fetch.url()).contains("PublisherIdentifier=" + TenantData.TENANT));
        assertThat(plan.fetches()).filteredOn(fetch -> fetch.source() == Source.DIRECTORY).hasSize(6);
        assertThat(plan.fetches()).filteredOn(fetch -> fetch.source() == Source.SIGNINS).hasSize(10);
        assertThat(plan.describe()).anySatisfy(line -> assertThat(line).contains("client secret from environment"));
    }

    @Test
    void showsWhatAnInterruptedRunAlreadyCollected() throws Exception {
        CollectRequest request = Fixture.auditRequest(caseDirectory, server);
        Thread collector = Thread.currentThread();
        server.after(RequestKind.AUDIT_CREATE, 2, collector::interrupt);
        CollectOptions options = Fixture.options(new RecordingSleeper()).withParallelism(1, 1);
        assertThatThrownBy(() -> new Collector(options).collect(request)).isInstanceOf(InterruptedException.class);
        Thread.interrupted();
        int requestsSoFar = server.requests().size();

        CollectPlan plan = new Collector(options).plan(request);

        assertThat(server.requests()).hasSize(requestsSoFar);
        List<String> statuses = plan.fetches().stream().map(PlannedFetch::status).toList();
        assertThat(statuses.get(0)).isEqualTo("already complete (48 records)");
        assertThat(statuses.get(1)).isIn("to fetch", "to continue (in_progress)");
        assertThat(statuses.get(2)).isEqualTo("to fetch");
    }
}
