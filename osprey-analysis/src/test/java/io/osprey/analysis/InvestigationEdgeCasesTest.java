package io.osprey.analysis;

import io.osprey.model.AuditEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvestigationEdgeCasesTest {
    private static final String GRAPH = "00000003-0000-0000-c000-000000000000";
    private static final String OUTLOOK = "5d661950-3475-41cd-a2c3-d671a3162bc1";

    @Test
    void aMailboxSplitOverTwoGroupsIsRefused() {
        List<List<AuditEvent>> groups = List.of(List.of(Events.bind("a@contoso.com").build()),
                List.of(Events.bind("A@contoso.com").build()));
        assertThatThrownBy(() -> Investigation.run(InvestigationRequest.builder().build(), groups))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a@contoso.com");
    }

    @Test
    void aMailboxThatOtherRecordsNameButNoMailItemsAccessedRecordCoversIsNotAudited() {
        InvestigationResult result = Investigation.run(InvestigationRequest.builder().build(), List.of(
                List.of(Events.bind("a@contoso.com").ip("198.51.100.1").build(),
                        Events.bind("Quiet@Contoso.com ").operation("Send").build()),
                List.of(Events.bind("quiet@contoso.com").operation("MailboxLogin").build()),
                List.of(Events.bind(null).user("signin-only@contoso.com").operation("UserLoggedIn").build())));
        assertThat(result.mailboxes()).extracting(MailboxInvestigation::mailbox)
                .containsExactly("quiet@contoso.com", "a@contoso.com");
        MailboxInvestigation quiet = result.mailbox("quiet@contoso.com").orElseThrow();
        assertThat(quiet.verdict()).isEqualTo(Verdict.NOT_AUDITED);
        assertThat(quiet.records()).isEmpty();
        assertThat(quiet.reasons()).anyMatch(reason -> reason.startsWith("no MailItemsAccessed record covers"));
        assertThat(result.mailbox("a@contoso.com").orElseThrow().verdict()).isEqualTo(Verdict.NO_EVIDENCE_OF_ACCESS);
    }

    @Test
    void aGroupMayHoldSeveralMailboxes() {
        InvestigationResult result = Investigation.run(InvestigationRequest.builder().build(), List.of(List.of(
                Events.bind("a@contoso.com").ip("198.51.100.1").build(),
                Events.bind("b@contoso.com").ip("198.51.100.2").build(),
                Events.bind("a@contoso.com").ip("198.51.100.1").build())));
        assertThat(result.mailboxes()).extracting(MailboxInvestigation::mailbox)
                .containsExactly("a@contoso.com", "b@contoso.com");
        assertThat(result.mailbox("a@contoso.com").orElseThrow().records()).hasSize(2);
    }

    @Test
    void thePeriodLimitsRecordsAndCoverage() {
        InvestigationRequest request = InvestigationRequest.builder().mailbox("a@contoso.com")
                .period(Instant.parse("2025-01-02T00:00:00Z"), Instant.parse("2025-01-04T00:00:00Z")).build();
        InvestigationResult result = Investigation.run(request, List.of(List.of(
                Events.bind("a@contoso.com").at("2025-01-01T10:00:00Z").build(),
                Events.bind("a@contoso.com").at("2025-01-03T10:00:00Z").build())));
        MailboxInvestigation mailbox = result.mailbox("a@contoso.com").orElseThrow();
        assertThat(mailbox.records()).hasSize(1);
        assertThat(mailbox.coverage()).extracting(DayCoverage::status)
                .containsExactly(CoverageStatus.NOT_AUDITED, CoverageStatus.AUDITED);
        assertThat(mailbox.reasons()).contains("named for investigation");
        assertThatThrownBy(() -> InvestigationRequest.builder()
                .period(Instant.parse("2025-01-04T00:00:00Z"), Instant.parse("2025-01-04T00:00:00Z")).build())
                .hasMessageContaining("the period is empty");
    }

    @Test
    void attackerBindsWhoseMessageIdsWereLostStillCountAndAreCaveated() {
        InvestigationResult result = Investigation.run(
                InvestigationRequest.builder().ioc(Ioc.parse("user:mallory@contoso.com")).build(),
                List.of(List.of(Events.bind("a@contoso.com").user("mallory@contoso.com").degraded().build())));
        MailboxInvestigation mailbox = result.mailbox("a@contoso.com").orElseThrow();
        assertThat(mailbox.verdict()).isEqualTo(Verdict.MESSAGES_ACCESSED);
        assertThat(mailbox.attackerAccessedMessages()).isZero();
        assertThat(mailbox.caveats()).anyMatch(caveat -> caveat.contains("1 of them in attacker contexts"));
        assertThat(mailbox.caveats()).contains("1 Bind record(s) list no message id.");
    }

    @Test
    void theIpPivotFindsOtherSessionsFromTheAttackerIp() {
        InvestigationResult result = Investigation.run(
                InvestigationRequest.builder().ioc(Ioc.parse("session:stolen")).build(), List.of(
                        List.of(Events.bind("a@contoso.com").at("2025-01-01T09:00:00Z").ip("198.51.100.1").session("own").build(),
                                Events.bind("a@contoso.com").at("2025-01-05T09:00:00Z").ip("203.0.113.5").session("stolen").build()),
                        List.of(Events.bind("b@contoso.com").at("2025-01-05T10:00:00Z").ip("203.0.113.5").session("fresh").build())));
        AccessContext pivot = result.mailbox("b@contoso.com").orElseThrow().contexts().get(0);
        assertThat(pivot.attribution()).isEqualTo(Attribution.SUSPICIOUS);
        assertThat(pivot.reasons()).extracting(Reason::code).containsExactly("pivot-ip");
        assertThat(result.mailbox("a@contoso.com").orElseThrow().contexts())
                .filteredOn(context -> "own".equals(context.sessionId())).extracting(AccessContext::attribution)
                .containsExactly(Attribution.USER);
    }

    @Test
    void withoutIocsTheHeuristicsCanBeSwitchedOffAndOn() {
        List<List<AuditEvent>> events = List.of(List.of(
                Events.bind("a@contoso.com").at("2025-01-01T09:00:00Z").ip("198.51.100.1").build(),
                Events.bind("a@contoso.com").at("2025-01-09T09:00:00Z").ip("198.51.100.1").build(),
                Events.bind("a@contoso.com").at("2025-01-08T09:00:00Z").ip("203.0.113.9").build()));
        assertThat(Investigation.run(InvestigationRequest.builder().heuristics(HeuristicsMode.NEVER).build(), events)
                .rankedContexts()).extracting(AccessContext::attribution).containsOnly(Attribution.USER);
        InvestigationResult always = Investigation.run(InvestigationRequest.builder().heuristics(HeuristicsMode.ALWAYS)
                .ioc(Ioc.parse("ip:192.0.2.1")).build(), events);
        assertThat(always.heuristicsRan()).isTrue();
        assertThat(always.rankedContexts().get(0).attribution()).isEqualTo(Attribution.SUSPICIOUS);
    }

    /** Benign life: stable IPs and sessions, Outlook desktop sync, Microsoft apps over Graph, a known delegate. */
    @Test
    void aQuietTenantRaisesNothing() {
        List<List<AuditEvent>> tenant = new ArrayList<>();
        Instant start = Instant.parse("2025-01-01T08:00:00Z");
        for (int user = 0; user < 5; user++) {
            String box = "user" + user + "@contoso.com";
            List<AuditEvent> events = new ArrayList<>();
            for (int day = 0; day < 20; day++) {
                Instant morning = start.plus(Duration.ofDays(day));
                events.add(Events.sync(box).at(morning).ip("198.51.100." + (10 + user)).session("desk-" + user)
                        .folders("\\Inbox", "\\Sent Items").build());
                events.add(Events.bind(box).at(morning.plus(Duration.ofHours(2))).ip("198.51.100." + (10 + user))
                        .session("desk-" + user).client("Client=MSExchangeRPC")
                        .messages("\\Inbox", "<d" + day + "-" + user + "@contoso.com>").build());
                events.add(Events.bind(box).at(morning.plus(Duration.ofHours(9))).ip("2001:db8:77:" + user + "::5")
                        .session("mobile-" + user).app(GRAPH).clientApp(OUTLOOK).client("Client=REST;Client=RESTSystem;;")
                        .messages("\\Inbox", "<d" + day + "-" + user + "@contoso.com>").build());
                if (user == 0) {
                    events.add(Events.bind(box).at(morning.plus(Duration.ofHours(4))).ip("198.51.100.40")
                            .session("assistant").user("assistant@contoso.com").logon("Delegated")
                            .messages("\\Inbox", "<d" + day + "-0@contoso.com>").build());
                }
            }
            tenant.add(events);
        }
        InvestigationResult result = Investigation.run(InvestigationRequest.builder().build(), tenant);

        assertThat(result.rankedContexts()).extracting(AccessContext::attribution).containsOnly(Attribution.USER);
        assertThat(result.mailboxes()).extracting(MailboxInvestigation::verdict)
                .containsOnly(Verdict.NO_EVIDENCE_OF_ACCESS);
        assertThat(result.mailboxes()).noneMatch(MailboxInvestigation::underInvestigation);
    }
}
