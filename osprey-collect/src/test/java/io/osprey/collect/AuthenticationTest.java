package io.osprey.collect;

import io.osprey.collect.auth.CredentialSpec;
import io.osprey.collect.auth.SecretSource;
import io.osprey.collect.testserver.RequestKind;
import io.osprey.collect.testserver.TenantApiServer;
import io.osprey.collect.testserver.TenantData;
import io.osprey.collect.testserver.TestTls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-in through MSAL against the test tenant's token endpoint, with every supported credential. */
class AuthenticationTest {
    @TempDir
    Path caseDirectory;
    private TenantApiServer server;
    private TenantData data;

    @BeforeEach
    void start() {
        data = TenantData.standard(java.time.Instant.now());
        server = TenantApiServer.start(data);
        server.tokens().acceptCertificate(TestTls.get().appCertificate().getPublicKey());
        server.tokens().acceptSecret(Fixture.SECRET);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CollectResult collectDirectory(CredentialSpec credential, CollectOptions options) throws Exception {
        return new Collector(options).collect(Fixture.request(caseDirectory, server, credential,
                TenantData.AUDIT_FROM, TenantData.AUDIT_TO, Set.of(Source.DIRECTORY)));
    }

    @Test
    void signsTheClientAssertionWithAPemCertificate() throws Exception {
        CollectResult result = collectDirectory(new CredentialSpec.Certificate(TestTls.get().appPem(), Optional.empty()),
                Fixture.options(new RecordingSleeper()));

        assertThat(result.holes()).isEmpty();
        assertThat(server.tokens().grants()).containsExactly("client_credentials");
        assertThat(server.requests(RequestKind.TOKEN)).allSatisfy(request -> assertThat(request.status()).isEqualTo(200));
    }

    @Test
    void readsAPfxCertificateWithItsPasswordFromTheEnvironment() throws Exception {
        CollectOptions options = Fixture.options(new RecordingSleeper())
                .withEnvironment(Map.of("PFX_PASSWORD", TestTls.get().appPfxPassword())::get);

        CollectResult result = collectDirectory(new CredentialSpec.Certificate(TestTls.get().appPfx(),
                Optional.of(new SecretSource.EnvironmentVariable("PFX_PASSWORD"))), options);

        assertThat(result.holes()).isEmpty();
        assertThat(result.directoryObjects()).isPositive();
    }

    @Test
    void aWrongPfxPasswordIsAClearErrorThatDoesNotRepeatThePassword() {
        CollectOptions options = Fixture.options(new RecordingSleeper())
                .withEnvironment(Map.of("PFX_PASSWORD", "not-the-password-9876")::get);

        assertThatThrownBy(() -> collectDirectory(new CredentialSpec.Certificate(TestTls.get().appPfx(),
                Optional.of(new SecretSource.EnvironmentVariable("PFX_PASSWORD"))), options))
                .isInstanceOf(CollectException.class)
                .hasMessageContaining("wrong password")
                .hasMessageNotContaining("not-the-password-9876");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void readsTheClientSecretFromAFile() throws Exception {
        Path secretFile = Files.writeString(caseDirectory.getParent().resolve("secret-" + System.nanoTime()),
                Fixture.SECRET + "\n");

        CollectResult result = collectDirectory(new CredentialSpec.ClientSecret(new SecretSource.SecretFile(secretFile)),
                Fixture.options(new RecordingSleeper()));

        assertThat(result.holes()).isEmpty();
    }

    @Test
    void aMissingSecretVariableIsNamedInTheError() {
        CollectOptions options = Fixture.options(new RecordingSleeper()).withEnvironment(name -> null);

        assertThatThrownBy(() -> collectDirectory(Fixture.secretFromEnvironment(), options))
                .isInstanceOf(CollectException.class)
                .hasMessageContaining("environment variable " + Fixture.SECRET_VARIABLE);
    }

    @Test
    void signsInWithADeviceCodeForBothApis() throws Exception {
        List<String> prompts = new CopyOnWriteArrayList<>();
        CollectOptions options = Fixture.options(new RecordingSleeper()).withDeviceCodePrompt(prompts::add);
        CollectRequest request = Fixture.request(caseDirectory, server, new CredentialSpec.DeviceCode(),
                data.now().minus(Duration.ofDays(2)), data.now(), Set.of(Source.DIRECTORY, Source.ACTIVITY_API));

        CollectResult result = new Collector(options).collect(request);

        // MSAL files its cache under "host:port" but looks accounts up under the host alone, so against a test
        // server on a non-default port the second API's token takes a second device code; on the real sign-in
        // hosts (port 443) the sign-in is reused silently.
        assertThat(prompts).isNotEmpty().allSatisfy(prompt ->
                assertThat(prompt).contains("OSPREY42").contains("https://microsoft.com/devicelogin"));
        assertThat(server.tokens().grants()).isNotEmpty().allSatisfy(grant ->
                assertThat(grant).matches(".*device_code|refresh_token"));
        assertThat(server.tokens().grants()).filteredOn(grant -> grant.endsWith("device_code")).hasSizeGreaterThan(1);
        assertThat(result.directoryObjects()).isPositive();
        assertThat(result.auditRecords()).isPositive();
    }
}
