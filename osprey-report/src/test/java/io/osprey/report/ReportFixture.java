package io.osprey.report;

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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small token-theft case for the writers: a victim, an attacker IP (the IOC), a pivot IP, a throttle. */
final class ReportFixture {
    private ReportFixture() {
    }

    static AuditEvent event(String id, String time, String mailbox, String ip, String session, MailAccessType type,
                            Boolean throttled, String client, String folder, String... messageIds) {
        List<AccessedItem> items = new ArrayList<>();
        if (type == MailAccessType.SYNC) {
            items.add(new AccessedItem("F1", folder, null, null, null));
        }
        for (String messageId : messageIds) {
            items.add(new AccessedItem("F1", folder, messageId, MessageIds.matchKey(messageId), 2048L));
        }
        return new AuditEvent(id, Instant.parse(time), "MailItemsAccessed", "Exchange", 50, "ExchangeItemAggregated",
                "Succeeded", mailbox, "Regular", new ClientAddress(ip, ip), session, null, null, client, "Owner",
                mailbox, null, "org", null, Map.of(), Map.of(), Map.of(), Map.of(),
                new MailAccess(type, throttled, items.size(), items), "{}", "test",
                new SourceLocation("t.json", 1, 0), false, 20);
    }

    static InvestigationResult result() {
        String victim = "victim@contoso.com";
        List<AuditEvent> events = List.of(
                event("r1", "2025-02-01T09:00:00Z", victim, "198.51.100.7", "s-old", MailAccessType.SYNC, false,
                        "Client=MSExchangeRPC", "\\Inbox"),
                event("r2", "2025-02-02T09:00:00Z", victim, "198.51.100.7", "s-old", MailAccessType.BIND, null,
                        "Client=OWA", "\\Inbox", "<m1@contoso.com>"),
                event("r3", "2025-02-05T08:00:00Z", victim, "198.51.100.7", "s-new", MailAccessType.BIND, false,
                        "Client=OWA", "\\Inbox", "<m2@contoso.com>"),
                event("r4", "2025-02-05T08:10:00Z", victim, "203.0.113.66", "s-new", MailAccessType.BIND, false,
                        "Client=OWA", "\\Inbox", "<m2@contoso.com>", "=HYPERLINK(\"http://evil\")@x"),
                event("r5", "2025-02-05T08:12:00Z", victim, "203.0.113.66", "s-new", MailAccessType.SYNC, true,
                        "Client=MSExchangeRPC", "\\Sent Items"),
                event("r6", "2025-02-05T09:00:00Z", victim, "192.0.2.45", "s-new", MailAccessType.BIND, false,
                        "Client=OWA", "\\Inbox", "<m3@contoso.com>"));
        List<AuditEvent> other = List.of(
                event("o1", "2025-02-03T10:00:00Z", "other@contoso.com", "198.51.100.20", "s-o", MailAccessType.BIND,
                        false, "Client=OWA", "\\Inbox", "<o1@contoso.com>"));
        InvestigationRequest request = InvestigationRequest.builder().ioc(Ioc.parse("ip:203.0.113.66"))
                .acquiredAt(Instant.parse("2025-02-06T00:00:00Z")).build();
        return Investigation.run(request, List.of(events, other));
    }
}
