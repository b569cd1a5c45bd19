package io.osprey.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.formats.FormatRegistry;
import io.osprey.formats.input.InputLimits;
import io.osprey.model.MessageIds;
import io.osprey.simulate.Scenario;
import io.osprey.simulate.SimulationSpec;
import io.osprey.simulate.TenantSimulator;
import io.osprey.simulate.truth.GroundTruth;
import io.osprey.store.ingest.Ingest;
import io.osprey.store.ingest.IngestListener;
import io.osprey.store.ingest.IngestSummary;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The playbook's acceptance on every simulator scenario: simulate, ingest, {@code osprey investigate} with the
 * truth's IOCs, and compare with truth.json: attacker-accessed (mailbox, message) pairs with precision and
 * recall 1.0, synced folders and throttled windows exact, every verdict equal (NOT_AUDITED included: every
 * simulation has a mailbox without MailItemsAccessed auditing). Without IOCs: see
 * {@link #withoutIocsEveryAttackerContextIsFlagged}.
 */
class PlaybookAcceptanceTest {
    private static final String ATTACKER = "attacker";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void withTheTruthsIocsThePlaybookReproducesTheTruth(Scenario scenario) throws Exception {
        GroundTruth truth = simulateAndIngest(scenario);
        Path iocFile = Files.write(temp.resolve("iocs.txt"), iocLines(truth));
        CommandRun run = CommandRun.of("investigate", caseDirectory().toString(), "--ioc-file", iocFile.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        InvestigationFiles files = InvestigationFiles.of(caseDirectory());
        Map<String, JsonNode> mailboxes = files.mailboxes();

        assertAttackerPairsExact(truth, files);
        assertSyncedFoldersExact(truth, mailboxes);
        assertThrottledWindowsExact(truth, mailboxes);
        assertVerdictsEqual(truth, mailboxes);
    }

    /**
     * Without IOCs but with the MaxMind format test databases (the user's offline GeoIP data), every attacker
     * MailItemsAccessed record lies in a context flagged suspicious: the simulator's attackers use hosting and
     * anonymizer networks those databases know, and replay stolen sessions while their owners use them.
     */
    @ParameterizedTest
    @EnumSource(value = Scenario.class, names = "QUIET", mode = EnumSource.Mode.EXCLUDE)
    void withoutIocsEveryAttackerContextIsFlagged(Scenario scenario) throws Exception {
        GroundTruth truth = simulateAndIngest(scenario);
        CommandRun run = CommandRun.of(withGeoIp("investigate", caseDirectory().toString()));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        InvestigationFiles files = InvestigationFiles.of(caseDirectory());
        Map<String, String> attributionByContext = new TreeMap<>();
        files.summary().get("contexts").forEach(context -> attributionByContext.put(
                context.get("contextId").asText(), context.get("attribution").asText()));

        Set<String> attackerRecords = new HashSet<>(truth.attackerRecordIds());
        Map<String, String> attackerContexts = new TreeMap<>();
        for (String file : List.of("bind_events.csv", "sync_events.csv")) {
            for (Map<String, String> row : files.csv(file)) {
                if (attackerRecords.contains(row.get("Id"))) {
                    attackerContexts.put(row.get("ContextId"), attributionByContext.get(row.get("ContextId")));
                }
            }
        }
        assertThat(attackerContexts).as("contexts of the attacker's MailItemsAccessed records").isNotEmpty();
        assertThat(attackerContexts.values()).as("attribution of the attacker's contexts").containsOnly("suspicious");
    }

    /** Without IOCs, a tenant with no incident has no suspicious context (a roaming laptop included). */
    @org.junit.jupiter.api.Test
    void withoutIocsTheQuietTenantFlagsNothing() throws Exception {
        simulateAndIngest(Scenario.QUIET);
        CommandRun run = CommandRun.of(withGeoIp("investigate", caseDirectory().toString()));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Map<String, String> flagged = new TreeMap<>();
        InvestigationFiles.of(caseDirectory()).summary().get("contexts").forEach(context -> {
            if (!context.get("attribution").asText().equals("user")) {
                flagged.put(context.get("contextId").asText(), context.get("reasons").toString());
            }
        });
        assertThat(flagged).as("contexts flagged in the quiet tenant").isEmpty();
    }

    private GroundTruth simulateAndIngest(Scenario scenario) throws Exception {
        int users = Math.max(scenario.minimumUsers(), 8);
        SimulationSpec spec = SimulationSpec.defaults(scenario).withUsers(users).withDays(4);
        GroundTruth truth = TenantSimulator.run(spec, temp.resolve("simulation")).truth();
        IngestSummary ingest = new Ingest(FormatRegistry.defaults(), InputLimits.defaults(), IngestListener.NONE)
                .run(caseDirectory(), List.of(temp.resolve("simulation").resolve(TenantSimulator.EVIDENCE)));
        assertThat(ingest.recordsIngested()).isEqualTo(truth.uniqueRecordCount());
        assertThat(truth.unauditedMailboxes()).isNotEmpty();
        return truth;
    }

    private static final Path GEOIP = Path.of("../osprey-analysis/src/test/resources/maxmind-test");

    private static String[] withGeoIp(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--geoip-asn", GEOIP.resolve("GeoLite2-ASN-Test.mmdb").toString(),
                "--geoip-city", GEOIP.resolve("GeoLite2-City-Test.mmdb").toString(),
                "--anonymous-ip", GEOIP.resolve("GeoIP2-Anonymous-IP-Test.mmdb").toString()));
        return all.toArray(String[]::new);
    }

    private Path caseDirectory() {
        return temp.resolve("case");
    }

    private static List<String> iocLines(GroundTruth truth) {
        List<String> lines = new ArrayList<>(List.of("# the simulation's indicators"));
        lines.addAll(truth.iocs());
        return lines;
    }

    private static void assertAttackerPairsExact(GroundTruth truth, InvestigationFiles files) {
        Set<String> expected = new TreeSet<>();
        truth.attackerAccessedMessages().forEach(message -> expected.add(pair(message.mailbox(),
                message.internetMessageId())));
        Set<String> found = new TreeSet<>();
        for (Map<String, String> row : files.csv("accessed_messages.csv")) {
            if (ATTACKER.equals(row.get("Attribution"))) {
                found.add(pair(row.get("Mailbox"), row.get("InternetMessageId")));
            }
        }
        Set<String> truePositives = new TreeSet<>(found);
        truePositives.retainAll(expected);
        double precision = found.isEmpty() ? 1.0 : (double) truePositives.size() / found.size();
        double recall = expected.isEmpty() ? 1.0 : (double) truePositives.size() / expected.size();
        assertThat(found).as("attacker-accessed (mailbox, message) pairs").isEqualTo(expected);
        assertThat(precision).isEqualTo(1.0);
        assertThat(recall).isEqualTo(1.0);
    }

    private static String pair(String mailbox, String internetMessageId) {
        return mailbox + " " + MessageIds.matchKey(internetMessageId);
    }

    private static void assertSyncedFoldersExact(GroundTruth truth, Map<String, JsonNode> mailboxes) {
        Map<String, Set<String>> expected = new TreeMap<>();
        truth.attackerSyncedFolders().forEach(synced -> expected.put(synced.mailbox(), new TreeSet<>(synced.folders())));
        Map<String, Set<String>> found = new TreeMap<>();
        mailboxes.forEach((mailbox, json) -> {
            Set<String> folders = new TreeSet<>();
            json.get("attackerSyncedFolders").forEach(folder -> folders.add(folder.asText()));
            if (!folders.isEmpty()) {
                found.put(mailbox, folders);
            }
        });
        assertThat(found).as("attacker-synced folders").isEqualTo(expected);
    }

    private static void assertThrottledWindowsExact(GroundTruth truth, Map<String, JsonNode> mailboxes) {
        Map<String, List<String>> expected = new TreeMap<>();
        truth.throttledWindows().forEach(windows -> expected.put(windows.mailbox(),
                windows.windows().stream().map(window -> window.startUtc() + "/" + window.endUtc()).toList()));
        Map<String, List<String>> found = new TreeMap<>();
        mailboxes.forEach((mailbox, json) -> {
            List<String> windows = new ArrayList<>();
            json.get("throttledWindows").forEach(window -> windows.add(window.get("startUtc").asText() + "/"
                    + window.get("endUtc").asText()));
            if (!windows.isEmpty()) {
                found.put(mailbox, windows);
            }
        });
        assertThat(found).as("throttled windows").isEqualTo(expected);
    }

    private static void assertVerdictsEqual(GroundTruth truth, Map<String, JsonNode> mailboxes) {
        Set<String> named = new TreeSet<>(truth.unauditedMailboxes());
        truth.mailboxVerdicts().forEach(verdict -> named.add(verdict.mailbox()));
        assertThat(mailboxes.keySet()).as("mailboxes the truth names").containsAll(named);
        Map<String, String> found = new TreeMap<>();
        Map<String, String> wanted = new TreeMap<>();
        mailboxes.forEach((mailbox, json) -> {
            found.put(mailbox, json.get("verdict").asText());
            wanted.put(mailbox, truth.verdictOf(mailbox).name());
        });
        assertThat(found).as("verdict per mailbox").isEqualTo(wanted);
    }
}
