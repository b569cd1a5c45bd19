package io.osprey.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.MessageIds;
import io.osprey.simulate.truth.GroundTruth;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The message trace the simulator writes beside the evidence, and the sync exposures the truth derives from it. */
class MessageTraceTest {
    private static final List<String> HEADER = List.of("Received", "SenderAddress", "RecipientAddress", "Subject",
            "Status", "ToIP", "FromIP", "Size", "MessageId", "MessageTraceId", "Organization");
    private static final SimulationSummary FULL = Simulations.run(Simulations.spec(Scenario.FULL, 12, 3));

    /** One trace row per recipient, keyed by mailbox (the file) and message key. */
    private record Row(String mailbox, Instant received, String sender, String recipient, String subject) {
    }

    private static Map<String, List<Row>> rowsByMessage() {
        Map<String, List<Row>> rows = new HashMap<>();
        for (Path file : FULL.messageTraceFiles()) {
            String mailbox = file.getFileName().toString().replaceFirst("\\.csv$", "");
            List<List<String>> all = CsvFiles.rows(List.of(file));
            assertThat(all.get(0)).isEqualTo(HEADER);
            for (List<String> row : all.subList(1, all.size())) {
                rows.computeIfAbsent(mailbox + " " + MessageIds.matchKey(row.get(8)), key -> new java.util.ArrayList<>())
                        .add(new Row(mailbox, Instant.parse(row.get(0)), row.get(1), row.get(2), row.get(3)));
            }
        }
        return rows;
    }

    @Test
    void theAttackedMailboxesAreTracedAsGetMessageTraceV2ExportsThem() throws Exception {
        GroundTruth truth = FULL.truth();
        Set<String> attacked = new TreeSet<>();
        truth.attackerContexts().forEach(context -> attacked.addAll(context.mailboxes()));
        truth.mailboxVerdicts().forEach(verdict -> attacked.add(verdict.mailbox()));
        assertThat(FULL.messageTraceFiles()).extracting(file -> file.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(attacked.stream().map(mailbox -> mailbox + ".csv").toList());
        String text = Files.readString(FULL.messageTraceFiles().get(0));
        assertThat(text).startsWith("\"Received\",\"SenderAddress\",").contains("\r\n").doesNotContain("\uFEFF");
    }

    @Test
    void everyMessageTheAttackerBoundOutsideDraftsIsTraced() {
        Map<String, List<Row>> rows = rowsByMessage();
        List<GroundTruth.AccessedMessage> bound = FULL.truth().attackerAccessedMessages();
        assertThat(bound).isNotEmpty();
        for (GroundTruth.AccessedMessage message : bound) {
            boolean draft = Set.of("\\Drafts", "\\Brouillons", "\\Entwürfe").contains(message.folderPath());
            assertThat(rows.containsKey(message.mailbox() + " " + MessageIds.matchKey(message.internetMessageId())))
                    .as(message.mailbox() + " " + message.internetMessageId() + " in " + message.folderPath())
                    .isEqualTo(!draft);
        }
    }

    @Test
    void sentMailIsTracedAtItsSendRecordWithItsSubject() {
        Map<String, List<Row>> rows = rowsByMessage();
        int checked = 0;
        for (JsonNode record : Simulations.records(FULL)) {
            String mailbox = record.path("MailboxOwnerUPN").asText();
            if (!record.path("Operation").asText().equals("Send") || !hasTrace(mailbox)) {
                continue;
            }
            List<Row> traced = rows.get(mailbox + " "
                    + MessageIds.matchKey(record.path("Item").path("InternetMessageId").asText()));
            assertThat(traced).isNotEmpty().allSatisfy(row -> {
                assertThat(row.sender()).isEqualTo(mailbox);
                assertThat(row.subject()).isEqualTo(record.path("Item").path("Subject").asText());
                assertThat(row.received()).isEqualTo(Instant.parse(record.path("CreationTime").asText() + "Z"));
                assertThat(row.recipient()).doesNotEndWith("@fabrikam.com");
            });
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void aSyncedInboxExposesExactlyTheMailReceivedUpToTheSync() {
        Map<String, List<Row>> rows = rowsByMessage();
        List<GroundTruth.SyncExposedMessage> exposed = FULL.truth().attackerSyncExposedMessages();
        assertThat(exposed).isNotEmpty();
        String mailbox = exposed.get(0).mailbox();
        Instant sync = Instant.parse(exposed.get(0).syncUtc());
        Set<String> expected = new TreeSet<>();
        rows.forEach((key, traced) -> traced.stream().filter(row -> row.mailbox().equals(mailbox)
                        && row.recipient().equals(mailbox) && !row.received().isAfter(sync)).findAny()
                .ifPresent(row -> expected.add(key)));
        assertThat(exposed).allSatisfy(message -> assertThat(message.mailbox()).isEqualTo(mailbox));
        assertThat(exposed.stream().map(message -> mailbox + " " + MessageIds.matchKey(message.internetMessageId())))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static boolean hasTrace(String mailbox) {
        return FULL.messageTraceFiles().stream().anyMatch(file -> file.getFileName().toString().equals(mailbox + ".csv"));
    }
}
