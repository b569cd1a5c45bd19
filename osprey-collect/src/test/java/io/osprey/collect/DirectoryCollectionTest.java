package io.osprey.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.osprey.collect.evidence.EvidenceFile;
import io.osprey.collect.evidence.EvidenceKind;
import io.osprey.collect.testserver.Fault;
import io.osprey.collect.testserver.RequestKind;
import io.osprey.collect.testserver.TenantApiServer;
import io.osprey.collect.testserver.TenantData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryCollectionTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

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

    private CollectResult collect(Set<Source> sources, List<String> users) throws InterruptedException {
        CollectRequest base = Fixture.request(caseDirectory, server, Fixture.secretFromEnvironment(),
                TenantData.AUDIT_FROM, TenantData.AUDIT_TO, sources);
        CollectRequest request = new CollectRequest(caseDirectory, base.signIn(), base.from(), base.to(), sources,
                List.of(), users, List.of());
        return new Collector(Fixture.options(new RecordingSleeper())).collect(request);
    }

    @Test
    void mergesEveryPageOfEachDirectoryCollectionIntoOneFile() throws Exception {
        CollectResult result = collect(Set.of(Source.DIRECTORY), List.of());

        Path directory = caseDirectory.resolve("evidence/directory");
        assertThat(Files.readString(directory.resolve("domains.json"))).isEqualTo(merged(
                "{\"id\":\"contoso.com\",\"authenticationType\":\"Managed\",\"isDefault\":true,\"isVerified\":true}",
                "{\"id\":\"fed.contoso.com\",\"authenticationType\":\"Federated\",\"isDefault\":false,\"isVerified\":true}",
                "{\"id\":\"contoso.onmicrosoft.com\",\"authenticationType\":\"Managed\",\"isInitial\":true}"));
        assertThat(values(directory.resolve("servicePrincipals.json"))).hasSize(3);
        assertThat(values(directory.resolve("applications.json"))).hasSize(2)
                .allSatisfy(application -> assertThat(application.has("passwordCredentials")).isTrue());
        assertThat(values(directory.resolve("oauth2PermissionGrants.json"))).hasSize(1);
        assertThat(values(directory.resolve("appRoleAssignments.json"))).extracting(node -> node.path("id").asText())
                .containsExactly("ara-1", "ara-2", "ara-3", "ara-4");
        try (var federation = Files.list(directory.resolve("federationConfiguration"))) {
            assertThat(federation).extracting(path -> path.getFileName().toString())
                    .containsExactly("fed.contoso.com.json");
        }
        assertThat(values(directory.resolve("federationConfiguration/fed.contoso.com.json")).get(0)
                .path("issuerUri").asText()).contains("adfs.fed.contoso.com");
        assertThat(server.paths(RequestKind.DIRECTORY)).anySatisfy(path -> assertThat(path).contains("$skiptoken="));
        assertThat(result.evidenceFiles()).hasSize(6).allSatisfy(file ->
                assertThat(file.kind()).isEqualTo(EvidenceKind.DIRECTORY_OBJECTS));
        assertThat(result.evidenceFiles()).filteredOn(file -> file.path().endsWith("appRoleAssignments.json"))
                .extracting(EvidenceFile::records).containsExactly(4L);
        assertThat(result.auditEvidence()).isEmpty();
        assertThat(result.directoryObjects()).isEqualTo(3 + 1 + 3 + 4 + 1 + 2);
    }

    @Test
    void anItemTheAppMayNotReadIsAHoleAndTheOthersAreStillCollected() throws Exception {
        server.fault(RequestKind.DIRECTORY, Fault.forbidden());

        CollectResult result = collect(Set.of(Source.DIRECTORY), List.of());

        assertThat(result.holes()).hasSize(2);
        assertThat(result.holes()).anySatisfy(hole -> {
            assertThat(hole.unit()).isEqualTo("domains");
            assertThat(hole.reason()).contains("Domain.Read.All");
        });
        assertThat(result.holes()).anySatisfy(hole -> {
            assertThat(hole.unit()).isEqualTo("federationConfiguration");
            assertThat(hole.reason()).contains("needs domains");
        });
        assertThat(caseDirectory.resolve("evidence/directory/servicePrincipals.json")).exists();
        assertThat(caseDirectory.resolve("evidence/directory/domains.json")).doesNotExist();
    }

    @Test
    void collectsTheSignInsOfTheRequestedUsersDayByDay() throws Exception {
        CollectResult result = collect(Set.of(Source.SIGNINS), List.of("alice@contoso.com", "bob@contoso.com"));

        List<JsonNode> signIns = new ArrayList<>();
        for (EvidenceFile file : result.evidenceFiles()) {
            assertThat(file.kind()).isEqualTo(EvidenceKind.SIGN_IN_LOGS);
            assertThat(file.path().toString()).contains("signins").endsWith(".json.gz");
            MAPPER.readTree(ActivityCollectionTest.gunzip(file.path())).path("value").forEach(signIns::add);
        }
        assertThat(result.evidenceFiles()).hasSize(3);
        long expected = data.signIns().stream().filter(json -> !json.contains("carol@")).count();
        assertThat(signIns).hasSize((int) expected)
                .allSatisfy(signIn -> assertThat(signIn.path("userPrincipalName").asText()).isNotEqualTo("carol@contoso.com"));
        assertThat(result.signIns()).isEqualTo(expected);
        assertThat(server.paths(RequestKind.SIGNINS)).allSatisfy(path ->
                assertThat(java.net.URLDecoder.decode(path, StandardCharsets.UTF_8))
                        .contains("createdDateTime ge 2024-03-0").contains("userPrincipalName eq 'alice@contoso.com'"));
    }

    private static String merged(String... objects) {
        return "{\"value\":[" + String.join(",", objects) + "]}";
    }

    private static List<JsonNode> values(Path file) throws Exception {
        List<JsonNode> values = new ArrayList<>();
        MAPPER.readTree(file.toFile()).path("value").forEach(values::add);
        return values;
    }
}
