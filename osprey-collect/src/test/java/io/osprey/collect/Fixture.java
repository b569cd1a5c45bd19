package io.osprey.collect;

import io.osprey.collect.auth.Cloud;
import io.osprey.collect.auth.CredentialSpec;
import io.osprey.collect.auth.Endpoints;
import io.osprey.collect.auth.SecretSource;
import io.osprey.collect.auth.SignInSettings;
import io.osprey.collect.http.RetryPolicy;
import io.osprey.collect.testserver.TenantApiServer;
import io.osprey.collect.testserver.TenantData;
import io.osprey.collect.testserver.TestTls;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Requests and options pointing a collector at a {@link TenantApiServer}, with tiny delays. */
final class Fixture {
    static final String SECRET = "S3cr3t~Value.ThatMustNeverLeak_1234";
    static final String SECRET_VARIABLE = "OSPREY_TEST_SECRET";

    private Fixture() {
    }

    static Endpoints endpoints(TenantApiServer server) {
        return Cloud.GLOBAL.endpoints().withLoginHost(server.base()).withGraphHost(server.base())
                .withActivityHost(server.base());
    }

    static CredentialSpec secretFromEnvironment() {
        return new CredentialSpec.ClientSecret(new SecretSource.EnvironmentVariable(SECRET_VARIABLE));
    }

    static CollectOptions options(RecordingSleeper sleeper) {
        return CollectOptions.defaults()
                .withRetry(new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMinutes(10),
                        sleeper))
                .withPolling(Duration.ofMillis(1), Duration.ofMinutes(1), 3)
                .withAuditWindows(Duration.ofDays(1), Duration.ofMinutes(30))
                .withSslContext(TestTls.get().clientContext())
                .withEnvironment(Map.of(SECRET_VARIABLE, SECRET)::get)
                .withActivityContentTypes(List.of("Audit.Exchange", "Audit.General"))
                .withCheckpointInterval(Duration.ZERO)
                .withRequestTimeout(Duration.ofSeconds(20));
    }

    static CollectRequest request(Path caseDirectory, TenantApiServer server, CredentialSpec credential,
                                  Instant from, Instant to, Set<Source> sources) {
        return new CollectRequest(caseDirectory, new SignInSettings(TenantData.TENANT, TenantApiServer.CLIENT_ID,
                credential, endpoints(server)), from, to, sources, List.of(), List.of(), List.of());
    }

    static CollectRequest auditRequest(Path caseDirectory, TenantApiServer server) {
        return request(caseDirectory, server, secretFromEnvironment(), TenantData.AUDIT_FROM, TenantData.AUDIT_TO,
                Set.of(Source.AUDIT));
    }
}
