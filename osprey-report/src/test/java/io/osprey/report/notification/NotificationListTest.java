package io.osprey.report.notification;

import io.osprey.analysis.Attribution;
import io.osprey.report.ReportCase;
import io.osprey.report.ReportInput;
import io.osprey.report.messagetrace.TracedMessages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationListTest {
    private static List<NotificationRow> rows;

    @BeforeAll
    static void build() {
        ReportInput input = ReportCase.shared();
        rows = NotificationList.build(input.investigation(), TracedMessages.of(input.messageTrace()));
    }

    private static NotificationRow row(String messageKey) {
        return rows.stream().filter(row -> messageKey.equals(row.messageKey())).findFirst()
                .orElseThrow(() -> new AssertionError(messageKey + " is not on the list"));
    }

    @Test
    void listsExactlyTheExposedMessagesWorstMailboxFirst() {
        assertThat(rows).extracting(NotificationRow::messageKey).containsExactly(
                "m2@partner.example", ReportCase.FORMULA_MESSAGE_ID.toLowerCase(java.util.Locale.ROOT),
                "m3@partner.example", "m1@partner.example", "m5@partner.example", "m4@contoso.com",
                "s1@contoso.com", "s0-1@contoso.com", "s0-2@contoso.com", "s0-3@contoso.com");
        assertThat(rows).allMatch(row -> row.attribution() == Attribution.ATTACKER);
    }

    @Test
    void boundMessagesCarryTheTraceMetadata() {
        NotificationRow bound = row("m2@partner.example");
        assertThat(bound.exposure()).isEqualTo("bind");
        assertThat(bound.mailbox()).isEqualTo("victim@contoso.com");
        assertThat(bound.received()).isEqualTo(Instant.parse("2025-02-04T09:15:02Z"));
        assertThat(bound.sender()).isEqualTo("ceo@partner.example");
        assertThat(bound.recipients()).containsExactly("victim@contoso.com", "other@contoso.com");
        assertThat(bound.subject()).isEqualTo("Payment <script>alert(1)</script> 'urgent'");
        assertThat(bound.exposedAt()).isEqualTo(Instant.parse("2025-02-05T08:10:00Z"));
        assertThat(bound.evidenceRecordIds()).containsExactly("v-att-1");
        assertThat(bound.inMessageTrace()).isTrue();
        NotificationRow unknown = row(ReportCase.FORMULA_MESSAGE_ID.toLowerCase(java.util.Locale.ROOT));
        assertThat(unknown.inMessageTrace()).isFalse();
        assertThat(unknown.sender()).isNull();
        assertThat(row("m3@partner.example").folders()).isEqualTo(ReportCase.HOSTILE_FOLDER);
    }

    @Test
    void syncExposureFollowsTheFolderAndTheSyncTime() {
        NotificationRow readByOwner = row("m1@partner.example");
        assertThat(readByOwner.exposure()).isEqualTo("sync");
        assertThat(readByOwner.exposedAt()).isEqualTo(Instant.parse("2025-02-05T08:12:00Z"));
        assertThat(readByOwner.evidenceRecordIds()).containsExactly("v-att-3");
        NotificationRow onlyInTrace = row("m5@partner.example");
        assertThat(onlyInTrace.exposure()).isEqualTo("sync");
        assertThat(onlyInTrace.folders()).isEqualTo("\\Inbox");
        assertThat(onlyInTrace.subject()).isEqualTo("@SUM(1+1) contract draft");
        NotificationRow readAfterTheSync = row("m4@contoso.com");
        assertThat(readAfterTheSync.exposure()).as("received before the sync, read by the owner after it")
                .isEqualTo("sync");
        NotificationRow sent = row("s1@contoso.com");
        assertThat(sent.mailbox()).isEqualTo("cfo@contoso.com");
        assertThat(sent.folders()).isEqualTo("\\Sent Items");
        assertThat(sent.exposedAt()).isEqualTo(Instant.parse("2025-02-05T10:00:00Z"));
        assertThat(rows).extracting(NotificationRow::messageKey).as("after the sync; received in an unsynced Inbox;"
                + " the owner's own Inbox reads; another mailbox").doesNotContain("m6@partner.example",
                "r1@bank.example", "c-in-1@contoso.com", "q1@contoso.com");
    }

    @Test
    void withoutATraceOnlyTheAuditLogsMessagesAreListed() {
        List<NotificationRow> auditOnly = NotificationList.build(ReportCase.shared().investigation(),
                TracedMessages.EMPTY);
        assertThat(auditOnly).extracting(NotificationRow::messageKey).doesNotContain("m5@partner.example",
                "s1@contoso.com", "m4@contoso.com").contains("m1@partner.example", "m2@partner.example");
        assertThat(auditOnly).noneMatch(NotificationRow::inMessageTrace);
    }

    @Test
    void csvCellsAreSpreadsheetSafe(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notification_list.csv");
        NotificationCsv.write(rows, file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("InternetMessageId,Mailbox,ReceivedUtc,Sender,Recipients,Subject,"
                + "SizeInBytes,Exposure,Attribution,ExposedUtc,Folders,InMessageTrace,EvidenceRecordIds");
        assertThat(lines).hasSize(rows.size() + 1);
        String all = String.join("\n", lines);
        assertThat(all).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")@x\"", ",'@SUM(1+1) contract draft,")
                .doesNotContain(",=HYPERLINK", ",@SUM");
        assertThat(all).contains("<s1@contoso.com>,cfo@contoso.com,2025-02-02T14:30:00Z,cfo@contoso.com,"
                + "bank@bank.example,Wire instructions,22000,sync,attacker,2025-02-05T10:00:00Z,\\Sent Items,true,"
                + "c-att-1");
    }

    @ParameterizedTest
    @CsvSource({"\\Inbox,RECEIVED", "Inbox,RECEIVED", "\\Inbox\\Invoices,RECEIVED", "\\Posteingang,RECEIVED",
            "\\Sent Items,SENT", "\\sent items\\2024,SENT", "\\,ALL", "\\Top of Information Store,ALL",
            "\\Archive,UNMATCHED", "\\Deleted Items,UNMATCHED", "\\Inboxes,UNMATCHED"})
    void syncScopeOfAFolder(String folder, SyncScope scope) {
        assertThat(SyncScope.of(folder)).isEqualTo(scope);
    }
}
