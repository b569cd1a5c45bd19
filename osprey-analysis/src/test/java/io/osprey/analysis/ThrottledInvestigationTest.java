package io.osprey.analysis;

import io.osprey.model.AuditEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A third-party app (the IOC) reads heavy@ through Graph, one Bind record a minute from 2025-02-05T00:00Z; the
 * 1,000th record (16:39) is flagged IsThrottled, and a Sync record at 17:00 is flagged too (Sync is not
 * throttled): one merged window. bystander@ is throttled by its own user: not under investigation. busy@ has
 * no flag, but 950 records in 16 hours and then 30 hours without a Bind record: probable throttling.
 */
class ThrottledInvestigationTest {
    private static final String APP = "7d3b2c41-0a5e-4f6b-9c1d-2e8f90ab13c4";
    private static final String GRAPH = "00000003-0000-0000-c000-000000000000";
    private static final Instant START = Instant.parse("2025-02-05T00:00:00Z");

    private static List<List<AuditEvent>> story() {
        List<AuditEvent> heavy = new ArrayList<>();
        heavy.add(Events.bind("heavy@contoso.com").id("h-user").at("2025-02-04T08:00:00Z").ip("198.51.100.9")
                .session("s-h").messages("\\Inbox", "<h0@contoso.com>").build());
        for (int minute = 0; minute < 1000; minute++) {
            heavy.add(Events.bind("heavy@contoso.com").id("h-" + minute).at(START.plus(Duration.ofMinutes(minute)))
                    .ip("203.0.113.80").app(GRAPH).clientApp(APP).client("Client=REST;Client=RESTSystem;;")
                    .throttled(minute == 999 ? Boolean.TRUE : minute % 2 == 0 ? null : Boolean.FALSE)
                    .messages("\\Inbox", "<h" + minute + "@contoso.com>").build());
        }
        heavy.add(Events.sync("heavy@contoso.com").id("h-sync").at("2025-02-05T17:00:00Z").ip("198.51.100.9")
                .session("s-h").throttled(true).folders("\\Inbox").build());
        heavy.add(Events.bind("heavy@contoso.com").id("h-after").at("2025-02-07T09:00:00Z").ip("198.51.100.9")
                .session("s-h").messages("\\Inbox", "<h1@contoso.com>").build());

        List<AuditEvent> bystander = new ArrayList<>();
        bystander.add(Events.bind("bystander@contoso.com").id("b-1").at("2025-02-04T08:00:00Z").ip("198.51.100.10")
                .messages("\\Inbox", "<b1@contoso.com>").build());
        bystander.add(Events.bind("bystander@contoso.com").id("b-throttled").at("2025-02-06T12:00:00Z")
                .ip("198.51.100.10").throttled(true).messages("\\Inbox", "<b2@contoso.com>").build());

        List<AuditEvent> busy = new ArrayList<>();
        for (int index = 0; index < 950; index++) {
            busy.add(Events.bind("busy@contoso.com").id("u-" + index).at(START.plus(Duration.ofMinutes(index)))
                    .ip("198.51.100.11").messages("\\Inbox", "<u" + index + "@contoso.com>").build());
        }
        busy.add(Events.bind("busy@contoso.com").id("u-late").at(START.plus(Duration.ofMinutes(949)).plus(Duration.ofHours(30)))
                .ip("198.51.100.11").messages("\\Inbox", "<u-late@contoso.com>").build());
        return List.of(heavy, bystander, busy);
    }

    private static InvestigationResult investigate() {
        return Investigation.run(InvestigationRequest.builder().ioc(Ioc.parse("app:" + APP.toUpperCase())).build(),
                story());
    }

    @Test
    void throttledWhileUnderInvestigationIsFullCompromise() {
        InvestigationResult result = investigate();

        assertThat(result.mailboxes()).extracting(MailboxInvestigation::mailbox, MailboxInvestigation::verdict)
                .containsExactly(tuple("heavy@contoso.com", Verdict.ASSUME_FULL_COMPROMISE),
                        tuple("busy@contoso.com", Verdict.NO_EVIDENCE_OF_ACCESS),
                        tuple("bystander@contoso.com", Verdict.NO_EVIDENCE_OF_ACCESS));
        MailboxInvestigation heavy = result.mailbox("heavy@contoso.com").orElseThrow();
        assertThat(heavy.throttledWindows()).containsExactly(new TimeWindow(
                Instant.parse("2025-02-05T16:39:00Z"), Instant.parse("2025-02-06T17:00:00Z")));
        assertThat(heavy.attackerAccessedMessages()).isEqualTo(1000);
        assertThat(heavy.reasons().get(0)).startsWith("throttled while under investigation");
        assertThat(heavy.probableThrottling()).isEmpty();
    }

    @Test
    void coverageMarksThrottledDays() {
        MailboxInvestigation heavy = investigate().mailbox("heavy@contoso.com").orElseThrow();

        assertThat(heavy.coverage()).extracting(DayCoverage::day, DayCoverage::status, DayCoverage::records)
                .containsExactly(
                        tuple(java.time.LocalDate.parse("2025-02-04"), CoverageStatus.AUDITED, 1),
                        tuple(java.time.LocalDate.parse("2025-02-05"), CoverageStatus.THROTTLED, 1001),
                        tuple(java.time.LocalDate.parse("2025-02-06"), CoverageStatus.THROTTLED, 0),
                        tuple(java.time.LocalDate.parse("2025-02-07"), CoverageStatus.AUDITED, 1));
        assertThat(heavy.coverage().get(1).throttledRecords()).isEqualTo(2);
        assertThat(heavy.coverage().get(1).syncRecords()).isEqualTo(1);
    }

    @Test
    void throttlingOutsideTheInvestigationIsACaveatNotAVerdict() {
        MailboxInvestigation bystander = investigate().mailbox("bystander@contoso.com").orElseThrow();

        assertThat(bystander.underInvestigation()).isFalse();
        assertThat(bystander.throttledWindows()).containsExactly(new TimeWindow(
                Instant.parse("2025-02-06T12:00:00Z"), Instant.parse("2025-02-07T12:00:00Z")));
        assertThat(bystander.caveats()).contains(
                "Throttled: access from 2025-02-06T12:00:00Z to 2025-02-07T12:00:00Z was not audited.");
    }

    @Test
    void nearLimitFollowedBySilenceIsProbableThrottling() {
        MailboxInvestigation busy = investigate().mailbox("busy@contoso.com").orElseThrow();

        assertThat(busy.throttledWindows()).isEmpty();
        assertThat(busy.probableThrottling()).singleElement().satisfies(probable -> {
            assertThat(probable.lastRecord()).isEqualTo(Instant.parse("2025-02-05T15:49:00Z"));
            assertThat(probable.recordsInPrevious24h()).isEqualTo(950);
            assertThat(probable.nextBindRecord()).isEqualTo(Instant.parse("2025-02-06T21:49:00Z"));
        });
        assertThat(busy.caveats()).anyMatch(caveat -> caveat.startsWith("Probable throttling: 950 records"));
    }

    @Test
    void theAppPivotReachesOtherMailboxesAsSuspiciousOnly() {
        List<List<AuditEvent>> events = new ArrayList<>(story());
        events.add(List.of(Events.bind("cfo@contoso.com").id("cfo-1").at("2025-02-05T03:00:00Z").ip("203.0.113.81")
                .app(GRAPH).clientApp(APP).messages("\\Inbox", "<cfo1@contoso.com>").build()));
        InvestigationRequest request = InvestigationRequest.builder().ioc(Ioc.parse("ip:203.0.113.80")).build();

        InvestigationResult result = Investigation.run(request, events);

        MailboxInvestigation cfo = result.mailbox("cfo@contoso.com").orElseThrow();
        assertThat(cfo.contexts()).singleElement().satisfies(context -> {
            assertThat(context.attribution()).isEqualTo(Attribution.SUSPICIOUS);
            assertThat(context.reasons()).extracting(Reason::code).containsExactly("pivot-app");
        });
        assertThat(cfo.verdict()).isEqualTo(Verdict.NO_EVIDENCE_OF_ACCESS);
        assertThat(cfo.underInvestigation()).isTrue();
        assertThat(result.mailbox("heavy@contoso.com").orElseThrow().verdict())
                .isEqualTo(Verdict.ASSUME_FULL_COMPROMISE);
    }
}
