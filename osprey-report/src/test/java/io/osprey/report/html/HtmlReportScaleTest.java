package io.osprey.report.html;

import io.osprey.analysis.Investigation;
import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.Ioc;
import io.osprey.model.AccessedItem;
import io.osprey.model.AuditEvent;
import io.osprey.model.ClientAddress;
import io.osprey.model.MailAccess;
import io.osprey.model.MailAccessType;
import io.osprey.model.MessageIds;
import io.osprey.model.SourceLocation;
import io.osprey.report.ReportData;
import io.osprey.report.ReportInput;
import io.osprey.report.messagetrace.TracedMessages;
import io.osprey.report.notification.NotificationList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A tenant of 2,000 mailboxes over three weeks: the charts show the top, the tables page, the file stays small. */
class HtmlReportScaleTest {
    private static final int MAILBOXES = 2_000;
    private static final int DAYS = 21;
    private static String html;
    private static long size;

    @BeforeAll
    static void writeReport(@TempDir Path dir) throws IOException {
        List<List<AuditEvent>> perMailbox = new ArrayList<>();
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int index = 0; index < MAILBOXES; index++) {
            String mailbox = "user" + index + "@contoso.com";
            List<AuditEvent> events = new ArrayList<>();
            for (int day = 0; day < DAYS; day += 1 + index % 3) {
                events.add(bind(mailbox + "-" + day, start.plusSeconds(day * 86_400L + 9 * 3600 + index), mailbox,
                        "198.51.100." + (index % 200), "<m" + index + "-" + day + "@contoso.com>"));
            }
            if (index % 100 == 0) {
                events.add(bind(mailbox + "-attacker", start.plusSeconds(15 * 86_400L + index), mailbox,
                        "203.0.113.66", "<secret" + index + "@contoso.com>"));
            }
            perMailbox.add(events);
        }
        InvestigationResult result = Investigation.run(InvestigationRequest.builder()
                .ioc(Ioc.parse("ip:203.0.113.66")).build(), perMailbox);
        ReportInput input = new ReportInput("Large tenant", null, result, null, List.of(), List.of(), List.of());
        Path file = dir.resolve("report.html");
        HtmlReport.write(new ReportData(input, TracedMessages.EMPTY,
                NotificationList.build(result, TracedMessages.EMPTY)), file);
        size = Files.size(file);
        html = Files.readString(file, StandardCharsets.UTF_8);
    }

    private static AuditEvent bind(String id, Instant time, String mailbox, String ip, String messageId) {
        AccessedItem item = new AccessedItem("F1", "\\Inbox", messageId, MessageIds.matchKey(messageId), 1000L);
        return new AuditEvent(id, time, "MailItemsAccessed", "Exchange", 50, "ExchangeItemAggregated", "Succeeded",
                mailbox, "Regular", new ClientAddress(ip, ip), "s-" + ip, null, null, "Client=OWA", "Owner", mailbox,
                null, "org", null, Map.of(), Map.of(), Map.of(), Map.of(),
                new MailAccess(MailAccessType.BIND, false, 1, List.of(item)), "{}", "test",
                new SourceLocation("scale.json", 1, 0), false, 20);
    }

    @Test
    void timelineShowsTheTopFiftyWithANote() {
        String timeline = between("<section id=\"timeline\">", "</section>");
        assertThat(count(timeline, "<text x=\"18\"")).isEqualTo(ActivitySections.TIMELINE_MAILBOXES);
        assertThat(timeline).contains("Showing the 50 most exposed of 2,000 mailboxes (1,950 more in the summary"
                + " table).");
        assertThat(timeline).as("the attacker's mailboxes rank first")
                .contains(">user0@contoso.com</text>", ">user1900@contoso.com</text>");
    }

    @Test
    void coverageIsPagedAndSummaryHoldsEveryMailbox() {
        String coverage = between("<section id=\"coverage\">", "</section>");
        assertThat(count(coverage, "<div class=\"page chart\">")).isEqualTo(MAILBOXES / ActivitySections.HEAT_MAP_PAGE);
        String summary = between("<table id=\"summary-table\"", "</table>");
        assertThat(count(summary, "<tr>")).isEqualTo(MAILBOXES + 1);
        assertThat(summary).contains("data-page-size=\"25\"");
    }

    @Test
    void contextsListEveryAttackerContextAndTheFirstUserOnes() {
        String contexts = between("<section id=\"contexts\">", "</section>");
        assertThat(count(contexts, "attribution attribution-attacker")).isEqualTo(MAILBOXES / 100);
        assertThat(count(contexts, "attribution attribution-user")).isEqualTo(ContextsSection.MAX_USER_CONTEXTS);
        assertThat(contexts).contains("This table shows 1,020 of");
    }

    @Test
    void staysSmallEnoughToOpen() {
        assertThat(size).as("bytes").isLessThan(4_000_000L);
    }

    private static String between(String from, String to) {
        int start = html.indexOf(from);
        return html.substring(start, html.indexOf(to, start));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int index = text.indexOf(part); index >= 0; index = text.indexOf(part, index + 1)) {
            count++;
        }
        return count;
    }
}
