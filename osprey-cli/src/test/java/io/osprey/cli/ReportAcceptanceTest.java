package io.osprey.cli;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.osprey.model.MessageIds;
import io.osprey.simulate.Scenario;
import io.osprey.simulate.SimulationSpec;
import io.osprey.simulate.SimulationSummary;
import io.osprey.simulate.TenantSimulator;
import io.osprey.simulate.truth.GroundTruth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code osprey report} on the simulator's full scenario, after {@code osprey investigate} with the truth's
 * indicators, with the simulated message trace: every output is written, and the notification list is exactly
 * the messages the attacker bound and the messages its syncs exposed (as the trace shows them), with sender,
 * recipients and subject from the trace.
 */
class ReportAcceptanceTest {
    @TempDir
    Path temp;

    /** A message of the simulated trace, folded from its rows (one per recipient). */
    private record Traced(String sender, Set<String> recipients, String subject) {
    }

    @Test
    void theFullScenarioReportListsExactlyTheExposedMessagesWithTheirTraceDetails() throws Exception {
        SimulationSummary simulation = TenantSimulator.run(SimulationSpec.defaults(Scenario.FULL).withUsers(12)
                .withDays(3), temp.resolve("simulation"));
        GroundTruth truth = simulation.truth();
        assertThat(simulation.messageTraceFiles()).isNotEmpty();
        assertThat(truth.attackerSyncExposedMessages()).as("the token theft syncs the Inbox").isNotEmpty();
        CaseRun osprey = new CaseRun(temp.resolve("case"));
        osprey.ok("ingest", "CASE", simulation.outputDirectory().resolve(TenantSimulator.EVIDENCE).toString());
        osprey.ok("investigate", "CASE", "--ioc-file", osprey.iocFile(truth).toString());
        osprey.ok("report", "CASE", "--message-trace", simulation.messageTraceDirectory().toString());

        Path reports = osprey.caseDirectory().resolve("reports");
        for (String file : List.of("report.html", "report.xlsx", "notification_list.csv", "timeline/timesketch.csv",
                "timeline/timesketch.jsonl", "timeline/sof-elk.jsonl")) {
            assertThat(reports.resolve(file)).as(file).isNotEmptyFile();
        }
        assertThat(osprey.out()).contains("investigation: the request of the last osprey investigate ("
                + Files.readAllLines(osprey.iocFile(truth)).size() + " indicators)");

        List<NamedCsvRecord> rows = CaseRun.csv(reports.resolve("notification_list.csv"));
        assertThat(difference(exposures(rows), expectedExposures(truth))).isEmpty();
        Map<String, Traced> trace = trace(simulation.messageTraceFiles());
        int traced = 0;
        for (NamedCsvRecord row : rows) {
            Traced message = trace.get(MessageIds.matchKey(row.getField("InternetMessageId")));
            assertThat(row.getField("InMessageTrace")).isEqualTo(String.valueOf(message != null));
            if (message != null) {
                traced++;
                assertThat(row.getField("Sender")).as("addresses are compared without case")
                        .isEqualToIgnoringCase(message.sender());
                assertThat(new TreeSet<>(List.of(row.getField("Recipients").toLowerCase(Locale.ROOT).split("; "))))
                        .isEqualTo(message.recipients());
                assertThat(row.getField("Subject")).isEqualTo(message.subject());
            }
        }
        assertThat(traced).as("bound Drafts are the only untraced messages").isGreaterThan(rows.size() * 9 / 10);
    }

    @Test
    void withoutAnEarlierInvestigationTheReportRunsWithoutIndicatorsAndSaysSo() throws Exception {
        SimulationSummary simulation = TenantSimulator.run(SimulationSpec.defaults(Scenario.TOKEN_THEFT).withUsers(6)
                .withDays(2), temp.resolve("simulation"));
        CaseRun osprey = new CaseRun(temp.resolve("case"));
        osprey.ok("ingest", "CASE", simulation.outputDirectory().resolve(TenantSimulator.EVIDENCE).toString());
        Path request = osprey.caseDirectory().resolve("reports/investigation/request.json");

        osprey.ok("report", "CASE");
        assertThat(osprey.out()).contains("no earlier osprey investigate, ran without indicators");
        assertThat(Files.readString(osprey.caseDirectory().resolve("reports/report.html")))
                .contains("No earlier osprey investigate ran on this case");
        assertThat(request).doesNotExist();

        String ioc = simulation.truth().iocs().get(0);
        osprey.ok("investigate", "CASE", "--ioc", ioc, "--mailbox", "Someone@Fabrikam.com",
                "--from", "2026-03-02T00:00:00Z");
        assertThat(Files.readString(request)).contains("\"" + ioc + "\"", "someone@fabrikam.com",
                "2026-03-02T00:00:00Z");
        osprey.ok("report", "CASE");
        String html = Files.readString(osprey.caseDirectory().resolve("reports/report.html"));
        assertThat(html).doesNotContain("No earlier osprey investigate").contains(ioc, "someone@fabrikam.com");
        assertThat(Files.readString(osprey.caseDirectory().resolve("reports/investigation/summary.json")))
                .contains(ioc);
    }

    @Test
    void anUnreadableMessageTraceIsNamedAndTheReportStillWritten() throws Exception {
        SimulationSummary simulation = TenantSimulator.run(SimulationSpec.defaults(Scenario.QUIET).withUsers(3)
                .withDays(1), temp.resolve("simulation"));
        CaseRun osprey = new CaseRun(temp.resolve("case"));
        osprey.ok("ingest", "CASE", simulation.outputDirectory().resolve(TenantSimulator.EVIDENCE).toString());
        Path notATrace = Files.writeString(temp.resolve("notes.csv"), "a,b\n1,2\n");
        assertThat(osprey.run("report", "CASE", "--message-trace", notATrace.toString())).isEqualTo(3);
        assertThat(osprey.err()).contains(notATrace.toString(), "not a message trace export");
        assertThat(osprey.caseDirectory().resolve("reports/report.html")).isNotEmptyFile();
    }

    /** Mailbox and message key to exposure, as the notification list gives them. */
    private static Map<String, String> exposures(List<NamedCsvRecord> rows) {
        Map<String, String> exposures = new TreeMap<>();
        for (NamedCsvRecord row : rows) {
            String previous = exposures.put(row.getField("Mailbox") + " "
                    + MessageIds.matchKey(row.getField("InternetMessageId")), row.getField("Exposure"));
            assertThat(previous).as("listed once").isNull();
        }
        return exposures;
    }

    /** The truth's bound messages ("bind"), then the messages syncs exposed that were not bound ("sync"). */
    private static Map<String, String> expectedExposures(GroundTruth truth) {
        Map<String, String> expected = new TreeMap<>();
        truth.attackerAccessedMessages().forEach(message -> expected.put(message.mailbox() + " "
                + MessageIds.matchKey(message.internetMessageId()), "bind"));
        truth.attackerSyncExposedMessages().forEach(message -> expected.putIfAbsent(message.mailbox() + " "
                + MessageIds.matchKey(message.internetMessageId()), "sync"));
        return expected;
    }

    /** The simulated trace files read as plain CSV (not through the report's reader). */
    private static Map<String, Traced> trace(List<Path> files) throws Exception {
        Map<String, String[]> details = new TreeMap<>();
        Map<String, Set<String>> recipients = new TreeMap<>();
        for (Path file : files) {
            for (NamedCsvRecord row : CaseRun.csv(file)) {
                String key = MessageIds.matchKey(row.getField("MessageId"));
                details.put(key, new String[]{row.getField("SenderAddress"), row.getField("Subject")});
                recipients.computeIfAbsent(key, k -> new TreeSet<>())
                        .add(row.getField("RecipientAddress").toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Traced> trace = new TreeMap<>();
        details.forEach((key, values) -> trace.put(key, new Traced(values[0], recipients.get(key), values[1])));
        return trace;
    }

    /** What differs between the listed and the expected exposures (first few of each kind, with counts). */
    private static List<String> difference(Map<String, String> listed, Map<String, String> expected) {
        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        expected.forEach((message, exposure) -> {
            if (!exposure.equals(listed.get(message))) {
                missing.add(message + "=" + exposure + " (listed: " + listed.get(message) + ")");
            }
        });
        listed.forEach((message, exposure) -> {
            if (!expected.containsKey(message)) {
                unexpected.add(message + "=" + exposure);
            }
        });
        List<String> difference = new ArrayList<>();
        if (!missing.isEmpty()) {
            difference.add(missing.size() + " expected, not listed as such: " + missing.subList(0, Math.min(5, missing.size())));
        }
        if (!unexpected.isEmpty()) {
            difference.add(unexpected.size() + " listed, not expected: " + unexpected.subList(0, Math.min(5, unexpected.size())));
        }
        return difference;
    }
}
