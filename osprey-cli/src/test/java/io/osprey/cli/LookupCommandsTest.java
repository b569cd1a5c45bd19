package io.osprey.cli;

import io.osprey.model.MessageIds;
import io.osprey.simulate.Scenario;
import io.osprey.simulate.truth.GroundTruth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code osprey messages} and {@code osprey investigate --app} on a simulated OAuth-app compromise. */
class LookupCommandsTest {
    private static final String APP_CONTEXT = "oauth-app/graph-reader";

    @TempDir
    static Path temp;

    private static SimulatedCase simulated;

    @BeforeAll
    static void simulate() throws Exception {
        simulated = SimulatedCase.create(Scenario.OAUTH_APP, 8, 4, temp);
    }

    @Test
    void messagesSaysWhoAccessedEachRequestedMessage() throws Exception {
        List<GroundTruth.AccessedMessage> stolen = simulated.truth().attackerAccessedMessages();
        GroundTruth.AccessedMessage first = stolen.get(0);
        GroundTruth.AccessedMessage second = stolen.get(stolen.size() - 1);
        Path ids = Files.write(temp.resolve("ids.txt"), List.of("# message ids reported by the victims",
                "<" + MessageIds.matchKey(first.internetMessageId()) + ">", "",
                MessageIds.matchKey(second.internetMessageId()), "never-seen@contoso.com"));

        CommandRun run = CommandRun.of("messages", simulated.caseDirectory().toString(), "--message-ids",
                ids.toString(), "--ioc-file", simulated.iocFile().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("3 message(s) looked up: 2 accessed, 2 by an attacker context");
        List<Map<String, String>> rows = InvestigationFiles.of(simulated.caseDirectory()).csv("message_lookup.csv");
        GroundTruth.AttackerContext app = simulated.context(APP_CONTEXT);
        for (GroundTruth.AccessedMessage message : List.of(first, second)) {
            List<Map<String, String>> attacker = rows.stream()
                    .filter(row -> MessageIds.matchKey(row.get("RequestedId")).equals(MessageIds.matchKey(
                            message.internetMessageId())))
                    .filter(row -> row.get("Attribution").equals("attacker")).toList();
            assertThat(attacker).singleElement().satisfies(row -> {
                assertThat(row.get("Found")).isEqualTo("true");
                assertThat(row.get("Mailbox")).isEqualTo(message.mailbox());
                assertThat(row.get("ClientIp")).isEqualTo(app.clientIps().get(0));
                assertThat(row.get("ClientAppId")).isEqualTo(app.clientAppId());
                assertThat(row.get("FirstAccessUtc")).isEqualTo(message.firstAccessUtc());
                assertThat(row.get("FolderPath")).isEqualTo(message.folderPath());
                assertThat(row.get("EvidenceRecordIds").split(";")).containsExactlyInAnyOrderElementsOf(
                        message.recordIds());
            });
        }
        assertThat(rows).filteredOn(row -> row.get("RequestedId").equals("never-seen@contoso.com"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("Found")).isEqualTo("false");
                    assertThat(row.get("Mailbox")).isEmpty();
                });
    }

    @Test
    void investigateAppListsEveryMailboxAndMessageTheAppTouched() {
        GroundTruth.AttackerContext app = simulated.context(APP_CONTEXT);

        CommandRun run = CommandRun.of("investigate", simulated.caseDirectory().toString(), "--ioc-file",
                simulated.iocFile().toString(), "--app", app.clientAppId().toUpperCase());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("app " + app.clientAppId() + ": 3 mailbox(es), ");
        InvestigationFiles files = InvestigationFiles.of(simulated.caseDirectory());
        assertThat(files.csv("app_mailboxes.csv")).extracting(row -> row.get("Mailbox"))
                .containsExactlyInAnyOrderElementsOf(app.mailboxes());
        assertThat(files.csv("app_mailboxes.csv")).extracting(row -> row.get("Attribution")).containsOnly("attacker");
        Set<String> expected = simulated.truth().attackerAccessedMessages().stream()
                .filter(message -> message.contexts().contains(APP_CONTEXT))
                .map(message -> message.mailbox() + " " + MessageIds.matchKey(message.internetMessageId()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = files.csv("app_messages.csv").stream()
                .map(row -> row.get("Mailbox") + " " + MessageIds.matchKey(row.get("InternetMessageId")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(expected).isNotEmpty();
        assertThat(listed).isEqualTo(expected);
        assertThat(files.csv("app_messages.csv")).extracting(row -> row.get("AppId")).containsOnly(app.clientAppId());
        assertThat(Files.exists(files.directory().resolve("summary.json"))).isTrue();
    }

    @Test
    void messagesWithoutAnIdFileOrWithAnEmptyOneIsAUsageError() throws Exception {
        Path empty = Files.write(temp.resolve("empty.txt"), List.of("# nothing"));
        assertThat(CommandRun.of("messages", simulated.caseDirectory().toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        CommandRun run = CommandRun.of("messages", simulated.caseDirectory().toString(), "--message-ids",
                empty.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("holds no message id");
        CommandRun notACase = CommandRun.of("messages", temp.resolve("nowhere").toString(), "--message-ids",
                simulated.iocFile().toString());
        assertThat(notACase.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(notACase.err()).contains("is not an Osprey case");
    }
}
