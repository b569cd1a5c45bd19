package io.osprey.analysis.attribution;

import io.osprey.analysis.Events;
import io.osprey.analysis.Reason;
import io.osprey.analysis.geo.NetworkInfo;
import io.osprey.analysis.scan.MailboxScan;
import io.osprey.model.AuditEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.osprey.analysis.attribution.RuleFixture.facts;
import static io.osprey.analysis.attribution.RuleFixture.scan;
import static io.osprey.analysis.attribution.RuleFixture.tenant;
import static org.assertj.core.api.Assertions.assertThat;

class SuspicionRulesTest {
    private static final String OWNER = "anna@contoso.com";
    private static final String USUAL = "198.51.100.7";

    /** Ten days of the owner reading from her usual IP (baseline: the first five days). */
    private static List<AuditEvent> usualLife() {
        List<AuditEvent> events = new ArrayList<>();
        for (int day = 1; day <= 9; day++) {
            events.add(Events.bind(OWNER).at("2025-03-0" + day + "T09:00:00Z").ip(USUAL).session("s-anna")
                    .messages("\\Inbox", "<m" + day + "@contoso.com>").build());
        }
        events.add(Events.bind(OWNER).at("2025-03-10T09:00:00Z").ip(USUAL).session("s-anna")
                .messages("\\Inbox", "<m10@contoso.com>").build());
        return events;
    }

    private static MailboxScan withLater(AuditEvent... later) {
        List<AuditEvent> events = new ArrayList<>(usualLife());
        events.addAll(List.of(later));
        return scan(OWNER, events.toArray(AuditEvent[]::new));
    }

    private static final String HOME = "203.0.113.80";

    /** The owner's session in the office for eight days, then only from home. */
    private static MailboxScan movedHome() {
        List<AuditEvent> events = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            events.add(Events.bind(OWNER).at("2025-03-0" + day + "T09:00:00Z").ip(USUAL).session("s-anna")
                    .messages("\\Inbox", "<m" + day + "@contoso.com>").build());
        }
        events.add(Events.bind(OWNER).at("2025-03-09T20:00:00Z").ip(HOME).session("s-anna")
                .messages("\\Inbox", "<h9@contoso.com>").build());
        events.add(Events.bind(OWNER).at("2025-03-10T20:00:00Z").ip(HOME).session("s-anna")
                .messages("\\Inbox", "<h10@contoso.com>").build());
        return scan(OWNER, events.toArray(AuditEvent[]::new));
    }

    private static Events lateBind() {
        return Events.bind(OWNER).at("2025-03-08T12:00:00Z").session("s-anna").messages("\\Inbox", "<x@contoso.com>");
    }

    @Nested
    class FirstSeenNetwork {
        private final FirstSeenNetworkRule rule = new FirstSeenNetworkRule();

        @Test
        void flagsANetworkTheMailboxNeverUsedInItsBaseline() {
            MailboxScan scan = withLater(lateBind().ip("203.0.113.66").build());
            Optional<Reason> reason = rule.evaluate(facts(scan, "203.0.113.66"), tenant(scan));
            assertThat(reason).get().extracting(Reason::code).isEqualTo(FirstSeenNetworkRule.CODE);
            assertThat(reason.get().text()).contains("203.0.113.0/24", "203.0.113.66");
        }

        @Test
        void ignoresTheOwnersSessionMovedHomeButNotTheSameSessionUsedFromTwoPlacesAtOnce() {
            MailboxScan moved = movedHome();
            assertThat(rule.evaluate(facts(moved, HOME), tenant(moved))).isEmpty();

            MailboxScan replayed = withLater(lateBind().ip(HOME).build());
            assertThat(rule.evaluate(facts(replayed, HOME), tenant(replayed))).get()
                    .extracting(Reason::code).isEqualTo(FirstSeenNetworkRule.CODE);

            MailboxScan newSession = withLater(lateBind().ip(HOME).session("s-new").build());
            assertThat(rule.evaluate(facts(newSession, HOME), tenant(newSession))).isPresent();
        }

        @Test
        void ignoresANewAddressInAKnownNetworkAndTheBaselineItself() {
            MailboxScan scan = withLater(lateBind().ip("198.51.100.99").build());
            assertThat(rule.evaluate(facts(scan, "198.51.100.99"), tenant(scan))).isEmpty();
            assertThat(rule.evaluate(facts(scan, USUAL), tenant(scan))).isEmpty();
        }

        @Test
        void comparesIpv6ByTheir48() {
            MailboxScan scan = scan(OWNER,
                    Events.bind(OWNER).at("2025-03-01T09:00:00Z").ip("2001:db8:1:2::10").build(),
                    Events.bind(OWNER).at("2025-03-09T09:00:00Z").ip("2001:db8:1:ffff::99").build(),
                    Events.bind(OWNER).at("2025-03-09T10:00:00Z").ip("2001:db8:2::99").build());
            assertThat(rule.evaluate(facts(scan, "2001:db8:1:ffff::99"), tenant(scan))).isEmpty();
            assertThat(rule.evaluate(facts(scan, "2001:db8:2::99"), tenant(scan))).get()
                    .extracting(Reason::text).asString().contains("2001:db8:2::/48");
        }
    }

    @Nested
    class SessionFromTwoNetworks {
        private final SessionFromTwoNetworksRule rule = new SessionFromTwoNetworksRule();

        @Test
        void flagsTheStrangeNetworkOfASessionAndNotTheOwnersOwn() {
            MailboxScan scan = withLater(lateBind().ip("203.0.113.66").build());
            assertThat(rule.evaluate(facts(scan, "203.0.113.66"), tenant(scan))).get()
                    .extracting(Reason::code).isEqualTo(SessionFromTwoNetworksRule.CODE);
            assertThat(rule.evaluate(facts(scan, USUAL), tenant(scan))).isEmpty();
        }

        @Test
        void ignoresASessionThatMovedAndStayed() {
            MailboxScan scan = movedHome();
            assertThat(rule.evaluate(facts(scan, HOME), tenant(scan))).isEmpty();
        }

        @Test
        void ignoresASessionSeenFromOneNetwork() {
            MailboxScan scan = withLater(lateBind().ip("203.0.113.66").session("s-other").build());
            assertThat(rule.evaluate(facts(scan, "203.0.113.66"), tenant(scan))).isEmpty();
        }
    }

    @Nested
    class NonOwnerAccess {
        private final NonOwnerAccessRule rule = new NonOwnerAccessRule();

        @Test
        void flagsAnotherUserAndADelegateLogon() {
            MailboxScan scan = withLater(lateBind().ip("198.51.100.8").user("mallory@contoso.com").build(),
                    lateBind().ip("198.51.100.9").logon("Delegated").build());
            assertThat(rule.evaluate(facts(scan, "198.51.100.8"), tenant(scan))).get()
                    .extracting(Reason::text).asString().contains("mallory@contoso.com accessed the mailbox of " + OWNER);
            assertThat(rule.evaluate(facts(scan, "198.51.100.9"), tenant(scan))).get()
                    .extracting(Reason::text).asString().contains("logon type Delegated");
        }

        @Test
        void ignoresTheOwnerAndADelegateAlreadyInTheBaseline() {
            MailboxScan scan = withLater(
                    Events.bind(OWNER).at("2025-03-01T10:00:00Z").ip("198.51.100.30").user("assistant@contoso.com")
                            .logon("Delegated").build(),
                    lateBind().ip("198.51.100.31").user("assistant@contoso.com").logon("Delegated").build());
            assertThat(rule.evaluate(facts(scan, USUAL), tenant(scan))).isEmpty();
            assertThat(rule.evaluate(facts(scan, "198.51.100.31"), tenant(scan))).isEmpty();
        }
    }

    @Nested
    class ThirdPartyApp {
        private final ThirdPartyAppRule rule = new ThirdPartyAppRule();

        @Test
        void flagsAnUnknownClientAppBehindGraph() {
            MailboxScan scan = withLater(lateBind().ip("203.0.113.9").app(ThirdPartyAppRule.MICROSOFT_GRAPH)
                    .clientApp("7d3b2c41-0a5e-4f6b-9c1d-2e8f90ab13c4").build());
            assertThat(rule.evaluate(facts(scan, "203.0.113.9"), tenant(scan))).get().extracting(Reason::text)
                    .isEqualTo("third-party application 7d3b2c41-0a5e-4f6b-9c1d-2e8f90ab13c4 reading mail via"
                            + " Microsoft Graph (not a Microsoft first-party app id)");
        }

        @Test
        void flagsAnUnknownAppOverEws() {
            MailboxScan scan = withLater(lateBind().ip("203.0.113.9").app("0f1e2d3c-0000-4000-8000-000000000001")
                    .client("Client=WebServices;ExchangeWebServices").build());
            assertThat(rule.evaluate(facts(scan, "203.0.113.9"), tenant(scan))).get().extracting(Reason::text)
                    .asString().contains("via EWS");
        }

        @Test
        void ignoresMicrosoftsOwnApps() {
            MailboxScan scan = withLater(lateBind().ip("203.0.113.9").app(ThirdPartyAppRule.MICROSOFT_GRAPH)
                    .clientApp("5D661950-3475-41CD-A2C3-D671A3162BC1").build());
            assertThat(rule.evaluate(facts(scan, "203.0.113.9"), tenant(scan))).isEmpty();
            assertThat(rule.evaluate(facts(scan, USUAL), tenant(scan))).isEmpty();
        }
    }

    @Nested
    class NonOutlookSync {
        private final NonOutlookSyncRule rule = new NonOutlookSyncRule();

        @Test
        void flagsSyncFromAnotherClient() {
            MailboxScan scan = withLater(Events.sync(OWNER).at("2025-03-08T12:00:00Z").ip("203.0.113.5")
                    .client("Client=WebServices;eM Client/9.2").folders("\\Inbox").build());
            assertThat(rule.evaluate(facts(scan, "203.0.113.5"), tenant(scan))).get().extracting(Reason::text)
                    .isEqualTo("1 Sync record(s) from client Client=WebServices;eM Client/9.2, not Outlook desktop");
        }

        @Test
        void ignoresOutlookDesktopSyncAndBindsFromOtherClients() {
            MailboxScan scan = withLater(
                    Events.sync(OWNER).at("2025-03-08T12:00:00Z").ip("203.0.113.5").folders("\\Inbox").build(),
                    lateBind().ip("203.0.113.6").client("Client=WebServices;eM Client/9.2").build());
            assertThat(rule.evaluate(facts(scan, "203.0.113.5"), tenant(scan))).isEmpty();
            assertThat(rule.evaluate(facts(scan, "203.0.113.6"), tenant(scan))).isEmpty();
            assertThat(NonOutlookSyncRule.isOutlookDesktop("Outlook-Mac/16.0")).isTrue();
            assertThat(NonOutlookSyncRule.isOutlookDesktop("Client=OutlookService;Outlook-iOS/2.0")).isFalse();
        }
    }

    @Nested
    class ScriptedClient {
        private final ScriptedClientRule rule = new ScriptedClientRule();

        @Test
        void flagsAScriptingLibraryReadingMail() {
            MailboxScan scan = withLater(lateBind().ip("203.0.113.9")
                    .client("Client=WebServices;python-requests/2.31.0;").build());
            assertThat(rule.evaluate(facts(scan, "203.0.113.9"), tenant(scan))).get().extracting(Reason::text)
                    .isEqualTo("client Client=WebServices;python-requests/2.31.0; is a scripting tool"
                            + " (python-requests), not a mail client");
        }

        @Test
        void ignoresMailClients() {
            MailboxScan scan = withLater(lateBind().ip("203.0.113.9").client("Client=OWA;Action=ViaProxy").build(),
                    lateBind().ip("203.0.113.10").client("Client=WebServices;eM Client/9.2").build());
            assertThat(rule.evaluate(facts(scan, "203.0.113.9"), tenant(scan))).isEmpty();
            assertThat(rule.evaluate(facts(scan, "203.0.113.10"), tenant(scan))).isEmpty();
            assertThat(ScriptedClientRule.scriptingClient(null)).isNull();
            assertThat(ScriptedClientRule.scriptingClient("Client=REST;curl/8.5.0")).isEqualTo("curl");
        }
    }

    @Nested
    class UnusualVolume {
        private final UnusualVolumeRule rule = new UnusualVolumeRule();

        private MailboxScan withBulk(int messages) {
            Events bulk = Events.bind(OWNER).at("2025-03-09T12:00:00Z").ip("198.51.100.40").session("s-anna");
            for (int index = 0; index < messages; index++) {
                bulk.messages("\\Inbox", "<bulk" + index + "@contoso.com>");
            }
            return withLater(bulk.build());
        }

        @Test
        void flagsADayFarAboveTheBaseline() {
            MailboxScan scan = withBulk(600);
            assertThat(rule.evaluate(facts(scan, "198.51.100.40"), tenant(scan))).get().extracting(Reason::text)
                    .isEqualTo("600 items listed on 2025-03-09, against at most 1 per day for the whole mailbox in"
                            + " its baseline");
        }

        @Test
        void ignoresVolumeBelowTheFloor() {
            MailboxScan scan = withBulk(400);
            assertThat(rule.evaluate(facts(scan, "198.51.100.40"), tenant(scan))).isEmpty();
        }
    }

    @Nested
    class Geo {
        private final HostingOrAnonymizerRule hosting = new HostingOrAnonymizerRule();
        private final NewCountryRule country = new NewCountryRule();

        private NetworkInfo lookup(String ip) {
            return switch (ip) {
                case "203.0.113.66" -> new NetworkInfo(64500L, "Example Hosting", "NL", true, List.of());
                case "203.0.113.67" -> new NetworkInfo(64501L, null, "SE", false, List.of("anonymous VPN"));
                default -> new NetworkInfo(64496L, "Contoso ISP", "US", false, List.of());
            };
        }

        @Test
        void flagsHostingAndAnonymizersAndNewCountries() {
            MailboxScan scan = withLater(lateBind().ip("203.0.113.66").build(), lateBind().ip("203.0.113.67").build());
            assertThat(hosting.evaluate(facts(scan, "203.0.113.66", this::lookup), tenant(scan))).get()
                    .extracting(Reason::text).asString().contains("hosting provider, AS64500 Example Hosting");
            assertThat(hosting.evaluate(facts(scan, "203.0.113.67", this::lookup), tenant(scan))).get()
                    .extracting(Reason::weight).isEqualTo(4);
            assertThat(country.evaluate(facts(scan, "203.0.113.66", this::lookup), tenant(scan))).get()
                    .extracting(Reason::text).asString().contains("access from NL", "(US)");
        }

        @Test
        void ignoresOrdinaryNetworksAndKnownCountries() {
            MailboxScan scan = withLater(lateBind().ip("198.51.100.50").build());
            assertThat(hosting.evaluate(facts(scan, "198.51.100.50", this::lookup), tenant(scan))).isEmpty();
            assertThat(country.evaluate(facts(scan, "198.51.100.50", this::lookup), tenant(scan))).isEmpty();
            assertThat(country.evaluate(facts(scan, "198.51.100.50"), tenant(scan))).isEmpty();
        }
    }

    @Test
    void theBaselineEndsAtHalfTheSpanOrTheFirstAttackerRecord() {
        MailboxScan scan = withLater();
        MailboxBaseline byHalfSpan = MailboxBaseline.of(scan, null, Duration.ofDays(30), java.util.Set.of(),
                RuleFixture::network, context -> null);
        assertThat(byHalfSpan.end()).isEqualTo(Instant.parse("2025-03-05T21:00:00Z"));
        MailboxBaseline byPeriod = MailboxBaseline.of(scan, null, Duration.ofDays(2), java.util.Set.of(),
                RuleFixture::network, context -> null);
        assertThat(byPeriod.end()).isEqualTo(Instant.parse("2025-03-03T09:00:00Z"));
        MailboxBaseline byAttacker = MailboxBaseline.of(scan, Instant.parse("2025-03-02T00:00:00Z"),
                Duration.ofDays(7), java.util.Set.of(), RuleFixture::network, context -> null);
        assertThat(byAttacker.end()).isEqualTo(Instant.parse("2025-03-02T00:00:00Z"));
        assertThat(byAttacker.networks()).containsExactly("198.51.100.0/24");
        MailboxBaseline none = MailboxBaseline.of(scan, Instant.parse("2025-03-01T09:00:00Z"), Duration.ofDays(7),
                java.util.Set.of(), RuleFixture::network, context -> null);
        assertThat(none.available()).isFalse();
    }
}
