package io.osprey.analysis.scan;

import io.osprey.analysis.AccessRecord;
import io.osprey.analysis.Events;
import io.osprey.model.AuditEvent;
import io.osprey.model.MailAccessType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxScannerTest {
    private static final String BOX = "anna@contoso.com";

    @Test
    void sameSessionFromAnotherIpIsAnotherContext() {
        MailboxScan scan = new MailboxScanner(null, null).scan(BOX, List.of(
                Events.bind(BOX).at("2025-01-01T10:00:00Z").ip("198.51.100.7").session("S").build(),
                Events.bind(BOX).at("2025-01-01T09:00:00Z").ip("198.51.100.7").session("s").build(),
                Events.bind(BOX).at("2025-01-01T11:00:00Z").ip("203.0.113.5").session("S").build(),
                Events.bind(BOX).at("2025-01-01T11:30:00Z").ip("203.0.113.5").session("S").client("Client=REST").build()));

        assertThat(scan.contexts()).extracting(context -> context.key().clientIp(), ContextTally::recordCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("198.51.100.7", 2),
                        org.assertj.core.groups.Tuple.tuple("203.0.113.5", 1),
                        org.assertj.core.groups.Tuple.tuple("203.0.113.5", 1));
        assertThat(scan.contexts().get(0).firstSeen()).isEqualTo(Instant.parse("2025-01-01T09:00:00Z"));
        assertThat(scan.contexts().get(0).key().sessionId()).isEqualTo("s");
        assertThat(scan.contexts()).extracting(ContextTally::contextId).doesNotHaveDuplicates();
    }

    @Test
    void messagesFoldersAndRecordsAreTallied() {
        AuditEvent first = Events.bind(BOX).id("r1").at("2025-01-01T09:00:00Z").ip("198.51.100.7")
                .messages("\\Inbox", "<A@x>", "<b@x>").messages("Archive", "<c@x>").build();
        AuditEvent second = Events.bind(BOX).id("r2").at("2025-01-01T09:05:00Z").ip("198.51.100.7")
                .messages("\\inbox", "a@x", "<A@X>").build();
        AuditEvent sync = Events.sync(BOX).id("r3").at("2025-01-01T09:10:00Z").ip("198.51.100.7")
                .folders("\\Sent Items").build();
        AuditEvent lost = Events.bind(BOX).id("r4").at("2025-01-01T09:20:00Z").ip("198.51.100.7").degraded().build();
        AuditEvent notMail = Events.bind(BOX).operation("Send").build();

        MailboxScan scan = new MailboxScanner(null, null).scan(BOX, List.of(sync, second, first, lost, notMail));

        assertThat(scan.records()).extracting(AccessRecord::recordId).containsExactly("r1", "r2", "r3", "r4");
        assertThat(scan.records().get(0).folders()).isEqualTo("\\Inbox; \\Archive");
        assertThat(scan.records().get(2).accessType()).isEqualTo(MailAccessType.SYNC);
        MessageTally a = scan.messages().get("a@x");
        assertThat(a.internetMessageId()).isEqualTo("<A@x>");
        assertThat(a.accessCount()).isEqualTo(3);
        assertThat(a.recordIds()).containsExactly("r1", "r2");
        assertThat(a.folders()).containsExactly("\\Inbox", "\\inbox");
        assertThat(scan.messages()).containsOnlyKeys("a@x", "b@x", "c@x");
        assertThat(scan.foldersSeen()).containsOnlyKeys("\\inbox", "\\archive", "\\sent items");
        assertThat(scan.contexts()).hasSize(2);
        assertThat(scan.contexts().get(1).syncedFolders()).containsOnlyKeys("\\sent items");
        assertThat(scan.degradedRecords()).isEqualTo(1);
        assertThat(scan.bindRecordsWithoutItems()).isEqualTo(1);
        assertThat(scan.days()).hasSize(1);
        assertThat(scan.days().values().iterator().next().records()).isEqualTo(4);
    }

    @Test
    void recordsOutsideThePeriodAreSkipped() {
        MailboxScanner scanner = new MailboxScanner(Instant.parse("2025-01-02T00:00:00Z"),
                Instant.parse("2025-01-03T00:00:00Z"));
        MailboxScan scan = scanner.scan(BOX, List.of(
                Events.bind(BOX).at("2025-01-01T23:59:59Z").build(),
                Events.bind(BOX).id("in").at("2025-01-02T00:00:00Z").build(),
                Events.bind(BOX).at("2025-01-03T00:00:00Z").build()));
        assertThat(scan.records()).extracting(AccessRecord::recordId).containsExactly("in");
        assertThat(scanner.scan(BOX, List.of()).hasRecords()).isFalse();
    }
}
