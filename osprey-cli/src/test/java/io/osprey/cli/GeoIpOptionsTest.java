package io.osprey.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --geoip-asn}, {@code --geoip-city}, {@code --anonymous-ip}: the MaxMind format test databases (copied
 * into osprey-analysis's test resources from ../shared/data/maxmind-test) mark 81.2.69.142 as a Tor exit node.
 */
class GeoIpOptionsTest {
    private static final Path DATABASES = Path.of("../osprey-analysis/src/test/resources/maxmind-test");
    private static final String TOR_EXIT = "81.2.69.142";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private CaseRun osprey;

    @BeforeEach
    void ingestAMailboxReadFromATorExitOnce() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            lines.add(bind("b" + day, "2026-03-%02dT09:00:00".formatted(day), "203.0.113.10", "s-own"));
        }
        lines.add(bind("t1", "2026-03-11T03:00:00", TOR_EXIT, "s-own"));
        Path evidence = Files.write(temp.resolve("audit.jsonl"), lines);
        osprey = new CaseRun(temp.resolve("case"));
        osprey.ok("ingest", "CASE", evidence.toString());
    }

    @Test
    void theDatabasesGiveTheAnonymizerReasonAndAreSavedForTheReport() throws Exception {
        osprey.ok("investigate", "CASE", "--geoip-asn", database("GeoLite2-ASN-Test.mmdb"),
                "--geoip-city", database("GeoLite2-City-Test.mmdb"),
                "--anonymous-ip", database("GeoIP2-Anonymous-IP-Test.mmdb"));

        JsonNode tor = context(TOR_EXIT);
        assertThat(tor.path("attribution").asText()).isEqualTo("suspicious");
        assertThat(tor.path("reasons").toString()).containsIgnoringCase("tor exit node");
        JsonNode saved = JSON.readTree(osprey.caseDirectory().resolve("reports/investigation/request.json").toFile());
        assertThat(Path.of(saved.path("geoIp").path("anonymousIp").asText()))
                .isEqualTo(DATABASES.resolve("GeoIP2-Anonymous-IP-Test.mmdb").toAbsolutePath());
    }

    @Test
    void withoutTheDatabasesNoNetworkReasonIsInvented() throws Exception {
        osprey.ok("investigate", "CASE");

        assertThat(context(TOR_EXIT).path("reasons").toString()).doesNotContainIgnoringCase("tor");
        JsonNode saved = JSON.readTree(osprey.caseDirectory().resolve("reports/investigation/request.json").toFile());
        assertThat(saved.has("geoIp")).isFalse();
    }

    @Test
    void anUnreadableOrForeignDatabaseIsAUsageError() throws Exception {
        assertThat(osprey.run("investigate", "CASE", "--anonymous-ip", temp.resolve("missing.mmdb").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(osprey.err()).contains("cannot read the GeoIP database", "missing.mmdb");

        Path notADatabase = Files.writeString(temp.resolve("notes.mmdb"), "not a database");
        assertThat(osprey.run("investigate", "CASE", "--geoip-asn", notADatabase.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(osprey.err()).contains("not a MaxMind-format database", "notes.mmdb");
    }

    private JsonNode context(String clientIp) throws Exception {
        JsonNode summary = JSON.readTree(osprey.caseDirectory().resolve("reports/investigation/summary.json").toFile());
        for (JsonNode context : summary.path("contexts")) {
            if (clientIp.equals(context.path("clientIp").asText())) {
                return context;
            }
        }
        throw new AssertionError("no context from " + clientIp + " in " + summary.path("contexts"));
    }

    private static String database(String name) {
        return DATABASES.resolve(name).toString();
    }

    private static String bind(String id, String time, String clientIp, String sessionId) {
        return "{\"CreationTime\":\"" + time + "\",\"Id\":\"" + id + "\",\"Operation\":\"MailItemsAccessed\","
                + "\"RecordType\":50,\"Workload\":\"Exchange\",\"UserId\":\"victim@contoso.com\","
                + "\"MailboxOwnerUPN\":\"victim@contoso.com\",\"ClientIPAddress\":\"" + clientIp + "\","
                + "\"SessionId\":\"" + sessionId + "\",\"ClientInfoString\":\"Client=OWA;Mozilla/5.0\","
                + "\"LogonType\":0,\"OperationProperties\":[{\"Name\":\"MailAccessType\",\"Value\":\"Bind\"},"
                + "{\"Name\":\"IsThrottled\",\"Value\":\"False\"}],\"OperationCount\":1,"
                + "\"Folders\":[{\"Path\":\"\\\\Inbox\",\"FolderItems\":[{\"InternetMessageId\":\"<m-" + id
                + "@contoso.com>\"}]}]}";
    }
}
