package io.osprey.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.MessageIds;
import io.osprey.simulate.truth.FindingKind;
import io.osprey.simulate.truth.GroundTruth;
import io.osprey.simulate.truth.Verdict;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TokenTheftTruthTest {
    private final SimulationSummary summary = Simulations.run(Simulations.spec(Scenario.TOKEN_THEFT, 10, 3));
    private final List<JsonNode> records = Simulations.records(summary);
    private final GroundTruth.AttackerContext replay = summary.truth().attackerContexts().stream()
            .filter(context -> context.label().equals("token-theft/session-replay")).findFirst().orElseThrow();

    @Test
    void everyAccessedMessageOfTheTruthIsInABindRecordOfTheAttackerContext() {
        Set<String> bound = new HashSet<>();
        for (JsonNode record : records) {
            if (Simulations.isBind(record) && fromAttacker(record)) {
                for (JsonNode folder : record.get("Folders")) {
                    for (JsonNode item : folder.get("FolderItems")) {
                        bound.add(record.path("MailboxOwnerUPN").asText() + " "
                                + MessageIds.matchKey(item.path("InternetMessageId").asText()));
                    }
                }
            }
        }
        List<GroundTruth.AccessedMessage> accessed = summary.truth().attackerAccessedMessages();
        assertThat(accessed).isNotEmpty();
        Set<String> truth = accessed.stream().map(message -> message.mailbox() + " "
                + MessageIds.matchKey(message.internetMessageId())).collect(Collectors.toSet());
        assertThat(truth).isEqualTo(bound);
    }

    @Test
    void theAttackerSyncedTheInboxFromTheStolenSessionAndForwardsMail() {
        String victim = replay.mailboxes().get(0);
        List<JsonNode> syncs = records.stream().filter(Simulations::isSync).filter(this::fromAttacker).toList();
        assertThat(syncs).hasSize(1);
        assertThat(syncs.get(0).path("ClientInfoString").asText()).isEqualTo("Client=MSExchangeRPC");
        assertThat(summary.truth().attackerSyncedFolders()).singleElement().satisfies(folders -> {
            assertThat(folders.mailbox()).isEqualTo(victim);
            assertThat(folders.folders()).containsExactly(syncs.get(0).get("Folders").get(0).path("Path").asText());
            assertThat(folders.recordIds()).containsExactly(syncs.get(0).path("Id").asText());
        });
        GroundTruth.TenantFinding rule = summary.truth().tenantFindings().stream()
                .filter(finding -> finding.kind() == FindingKind.FORWARDING_INBOX_RULE).findFirst().orElseThrow();
        JsonNode ruleRecord = byId(rule.recordId());
        assertThat(ruleRecord.path("Operation").asText()).isEqualTo("New-InboxRule");
        assertThat(Simulations.nameValue(ruleRecord.get("Parameters"), "ForwardTo")).contains("@gmail.com");
        assertThat(ruleRecord.path("SessionId").asText()).isEqualTo(replay.sessionId());
        assertThat(ruleRecord.path("ClientIP").asText()).startsWith(replay.clientIps().get(0) + ":");
        assertThat(summary.truth().mailboxVerdicts()).singleElement().satisfies(verdict -> {
            assertThat(verdict.mailbox()).isEqualTo(victim);
            assertThat(verdict.verdict()).isEqualTo(Verdict.FOLDERS_SYNCED);
        });
    }

    @Test
    void theStolenSessionIsAlsoUsedByTheVictimFromTheUsualNetwork() {
        Set<String> addresses = records.stream()
                .filter(record -> "MailItemsAccessed".equals(record.path("Operation").asText()))
                .filter(record -> replay.sessionId().equals(record.path("SessionId").asText()))
                .map(record -> record.path("ClientIPAddress").asText()).collect(Collectors.toSet());
        assertThat(addresses).contains(replay.clientIpAddresses().get(0)).hasSizeGreaterThan(1);
        JsonNode proxySignIn = records.stream()
                .filter(record -> "UserLoggedIn".equals(record.path("Operation").asText()))
                .filter(record -> replay.sessionId().equals(Simulations.nameValue(record.get("DeviceProperties"),
                        "SessionId"))).findFirst().orElseThrow();
        GroundTruth.AttackerContext proxy = summary.truth().attackerContexts().stream()
                .filter(context -> context.label().equals("token-theft/aitm-proxy")).findFirst().orElseThrow();
        assertThat(proxySignIn.path("ClientIP").asText()).isEqualTo(proxy.clientIps().get(0));
    }

    @Test
    void everyAttackerRecordIdIsInTheEvidence() {
        Set<String> ids = records.stream().map(record -> record.path("Id").asText()).collect(Collectors.toSet());
        assertThat(ids).hasSize(records.size()).containsAll(summary.truth().attackerRecordIds());
        assertThat(summary.truth().attackerRecordIds()).isNotEmpty();
    }

    private boolean fromAttacker(JsonNode record) {
        return replay.clientIpAddresses().contains(record.path("ClientIPAddress").asText())
                && replay.sessionId().equals(record.path("SessionId").asText());
    }

    private JsonNode byId(String id) {
        return records.stream().filter(record -> record.path("Id").asText().equals(id)).findFirst().orElseThrow();
    }
}
