package io.osprey.collect;

import io.osprey.collect.auth.CredentialSpec;
import io.osprey.collect.auth.Secret;
import io.osprey.collect.auth.SecretSource;
import io.osprey.collect.testserver.TenantApiServer;
import io.osprey.collect.testserver.TenantData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Secrets and tokens never reach a file, a message or the plan. */
class SecretsTest {
    @TempDir
    Path caseDirectory;
    private TenantApiServer server;
    private TenantData data;

    @BeforeEach
    void start() {
        data = TenantData.standard(Instant.now());
        server = TenantApiServer.start(data);
        server.tokens().echoCredentialsInErrors();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CollectRequest everything() {
        return Fixture.request(caseDirectory, server, Fixture.secretFromEnvironment(),
                data.now().minus(Duration.ofDays(2)), data.now(), Set.of(Source.values()));
    }

    @Test
    void neitherTheSecretNorAnyTokenIsWrittenToTheCase() throws Exception {
        server.tokens().acceptSecret(Fixture.SECRET);
        List<String> progress = new ArrayList<>();

        new Collector(Fixture.options(new RecordingSleeper()).withListener(progress::add)).collect(everything());

        List<String> tokens = server.requests().stream().map(TenantApiServer.Logged::authorization)
                .filter(header -> header != null && header.startsWith("Bearer "))
                .map(header -> header.substring("Bearer ".length())).distinct().toList();
        assertThat(tokens).isNotEmpty();
        String everythingWritten = allText(caseDirectory);
        assertThat(everythingWritten).isNotEmpty().doesNotContain(Fixture.SECRET);
        tokens.forEach(token -> assertThat(everythingWritten).doesNotContain(token));
        assertThat(String.join("\n", progress)).doesNotContain(Fixture.SECRET);
    }

    @Test
    void aRefusedSecretEchoedByTheServerIsRedactedFromTheErrorAndTheManifest() throws Exception {
        server.tokens().acceptSecret("the-registered-secret");

        CollectException failure = catchThrowableOfType(CollectException.class,
                () -> new Collector(Fixture.options(new RecordingSleeper())).collect(everything()));

        assertThat(failure.getMessage()).contains("invalid_client").contains("AADSTS7000215")
                .doesNotContain(Fixture.SECRET);
        assertThat(stackText(failure)).doesNotContain(Fixture.SECRET);
        String manifest = Files.readString(caseDirectory.resolve("acquisition.json"));
        assertThat(manifest).contains("failed: ").contains("AADSTS7000215").doesNotContain(Fixture.SECRET);
        assertThat(allText(caseDirectory)).doesNotContain(Fixture.SECRET);
    }

    @Test
    void thePlanAndTheCredentialDescriptionsNameWhereTheSecretIsButNotTheSecret() {
        CollectPlan plan = new Collector(Fixture.options(new RecordingSleeper())).plan(everything());

        assertThat(String.join("\n", plan.describe())).contains("environment variable " + Fixture.SECRET_VARIABLE)
                .doesNotContain(Fixture.SECRET);
        assertThat(new Secret(Fixture.SECRET).toString()).isEqualTo("[redacted]");
        assertThat(new CredentialSpec.ClientSecret(new SecretSource.EnvironmentVariable("X")).toString())
                .doesNotContain(Fixture.SECRET);
    }

    private static String stackText(Throwable failure) {
        java.io.StringWriter text = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    /** Every file under the case, gzip files decompressed. */
    private static String allText(Path root) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (file.toString().endsWith(".gz")) {
                    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                        bytes = in.readAllBytes();
                    }
                }
                text.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }
}
