package io.osprey.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.osprey.analysis.TokenTheftStory.ATTACKER_IP;
import static io.osprey.analysis.TokenTheftStory.COLLEAGUE;
import static io.osprey.analysis.TokenTheftStory.PIVOT_IP;
import static io.osprey.analysis.TokenTheftStory.STOLEN_SESSION;
import static io.osprey.analysis.TokenTheftStory.USUAL_IP;
import static io.osprey.analysis.TokenTheftStory.VICTIM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TokenTheftInvestigationTest {
    private static InvestigationResult investigate(boolean attackerSyncsEverything) {
        InvestigationRequest request = InvestigationRequest.builder().ioc(Ioc.parse("ip:" + ATTACKER_IP))
                .mailbox("CEO@contoso.com").build();
        return Investigation.run(request, TokenTheftStory.events(attackerSyncsEverything));
    }

    @Test
    void verdictsWorstFirst() {
        InvestigationResult result = investigate(false);

        assertThat(result.mailboxes()).extracting(MailboxInvestigation::mailbox, MailboxInvestigation::verdict)
                .containsExactly(tuple(VICTIM, Verdict.FOLDERS_SYNCED), tuple("ceo@contoso.com", Verdict.NOT_AUDITED),
                        tuple(COLLEAGUE, Verdict.NO_EVIDENCE_OF_ACCESS));
        MailboxInvestigation victim = result.mailbox(VICTIM).orElseThrow();
        assertThat(victim.attackerSyncedFolders()).containsExactly("\\Inbox");
        assertThat(victim.mailboxSynced()).isFalse();
        assertThat(victim.attackerAccessedMessages()).isEqualTo(2);
        assertThat(victim.suspiciousAccessedMessages()).isEqualTo(1);
        assertThat(victim.underInvestigation()).isTrue();
        assertThat(result.mailbox("ceo@contoso.com").orElseThrow().underInvestigation()).isTrue();
        assertThat(result.mailbox(COLLEAGUE).orElseThrow().underInvestigation()).isFalse();
    }

    @Test
    void theStolenSessionSplitsIntoContextsByIp() {
        MailboxInvestigation victim = investigate(false).mailbox(VICTIM).orElseThrow();
        List<AccessContext> stolen = victim.contexts().stream()
                .filter(context -> STOLEN_SESSION.equals(context.sessionId())).toList();

        assertThat(stolen).extracting(AccessContext::clientIp, AccessContext::attribution)
                .containsExactly(tuple(ATTACKER_IP, Attribution.ATTACKER), tuple(ATTACKER_IP, Attribution.ATTACKER),
                        tuple(PIVOT_IP, Attribution.SUSPICIOUS), tuple(USUAL_IP, Attribution.USER));
        AccessContext pivot = stolen.get(2);
        assertThat(pivot.reasons()).extracting(Reason::code).containsExactly("pivot-session");
        assertThat(pivot.reasons().get(0).text()).contains(PIVOT_IP, STOLEN_SESSION);
        assertThat(stolen.get(0).reasons()).extracting(Reason::text).containsExactly("matches indicator ip:" + ATTACKER_IP);
        assertThat(stolen.get(3).reasons()).isEmpty();
        assertThat(victim.contexts()).filteredOn(context -> context.attribution() == Attribution.USER).hasSize(3);
    }

    @Test
    void aSessionIndicatorAloneDoesNotMakeTheVictimsOwnNetworkTheAttacker() {
        InvestigationRequest request = InvestigationRequest.builder().ioc(Ioc.parse("session:" + STOLEN_SESSION))
                .build();
        MailboxInvestigation victim = Investigation.run(request, TokenTheftStory.events(false)).mailbox(VICTIM)
                .orElseThrow();
        List<AccessContext> stolen = victim.contexts().stream()
                .filter(context -> STOLEN_SESSION.equals(context.sessionId())).toList();

        assertThat(stolen).extracting(AccessContext::clientIp, AccessContext::attribution).containsExactlyInAnyOrder(
                tuple(ATTACKER_IP, Attribution.ATTACKER), tuple(ATTACKER_IP, Attribution.ATTACKER),
                tuple(PIVOT_IP, Attribution.ATTACKER), tuple(USUAL_IP, Attribution.SUSPICIOUS));
        AccessContext own = stolen.stream().filter(context -> USUAL_IP.equals(context.clientIp())).findFirst()
                .orElseThrow();
        assertThat(own.reasons()).extracting(Reason::code).containsExactly("ioc-session-baseline-network");
        assertThat(own.reasons().get(0).text()).contains(STOLEN_SESSION, "victim's own use");
        assertThat(victim.messages()).filteredOn(message -> message.messageKey().equals("m3@contoso.com"))
                .extracting(MessageExposure::attribution).containsExactly(Attribution.ATTACKER);
    }

    @Test
    void accessedMessagesAreDeduplicatedAndAttributedByTheWorstContext() {
        MailboxInvestigation victim = investigate(false).mailbox(VICTIM).orElseThrow();
        Map<String, MessageExposure> messages = victim.messages().stream()
                .collect(Collectors.toMap(MessageExposure::messageKey, Function.identity()));

        assertThat(victim.messages()).extracting(MessageExposure::messageKey).containsExactly(
                "m3@contoso.com", "secret1@contoso.com", "m4@contoso.com", "m1@contoso.com", "m2@contoso.com",
                "m5@contoso.com");
        MessageExposure secret = messages.get("secret1@contoso.com");
        assertThat(secret.internetMessageId()).isEqualTo("secret1@contoso.com");
        assertThat(secret.accessCount()).isEqualTo(2);
        assertThat(secret.attribution()).isEqualTo(Attribution.ATTACKER);
        assertThat(secret.accessedByUser()).isFalse();
        assertThat(secret.evidenceRecordIds()).containsExactly("a-bind-1", "a-bind-2");
        assertThat(secret.folderPaths()).containsExactly("\\Inbox");
        assertThat(secret.inAttackerSyncedFolder()).isTrue();
        assertThat(secret.exposure()).isEqualTo("bind");
        assertThat(secret.firstAccess()).hasToString("2025-02-10T08:14:00Z");
        assertThat(secret.lastAccess()).hasToString("2025-02-10T09:20:00Z");

        MessageExposure shared = messages.get("m3@contoso.com");
        assertThat(shared.attribution()).isEqualTo(Attribution.ATTACKER);
        assertThat(shared.accessedByUser()).isTrue();
        assertThat(shared.evidenceRecordIds()).containsExactly("v-bind-10a", "a-bind-1");
        assertThat(shared.accesses()).extracting(ContextAccess::attribution)
                .containsExactly(Attribution.USER, Attribution.ATTACKER);

        assertThat(messages.get("m4@contoso.com").attribution()).isEqualTo(Attribution.SUSPICIOUS);
        MessageExposure m1 = messages.get("m1@contoso.com");
        assertThat(m1.attribution()).isEqualTo(Attribution.USER);
        assertThat(m1.accessCount()).isEqualTo(6);
        assertThat(m1.evidenceRecordIds()).hasSize(6).endsWith("v-bind-12");
    }

    @Test
    void attackerSyncOfEveryFolderMeansFullCompromise() {
        MailboxInvestigation victim = investigate(true).mailbox(VICTIM).orElseThrow();

        assertThat(victim.verdict()).isEqualTo(Verdict.ASSUME_FULL_COMPROMISE);
        assertThat(victim.mailboxSynced()).isTrue();
        assertThat(victim.attackerSyncedFolders()).containsExactly("\\Inbox", "\\Sent Items");
        assertThat(victim.reasons()).anyMatch(reason -> reason.startsWith("the attacker synced every folder"));
    }

    @Test
    void coverageAndCaveats() {
        InvestigationResult result = investigate(false);
        MailboxInvestigation victim = result.mailbox(VICTIM).orElseThrow();

        assertThat(result.periodStart()).hasToString("2025-02-01T00:00:00Z");
        assertThat(victim.coverage()).hasSize(12);
        assertThat(victim.coverage().get(0).status()).isEqualTo(CoverageStatus.AUDITED);
        assertThat(victim.coverage().get(0).records()).isEqualTo(2);
        assertThat(victim.coverage().get(5).status()).isEqualTo(CoverageStatus.NOT_AUDITED);
        assertThat(victim.caveats()).contains(io.osprey.analysis.verdict.Caveats.AGGREGATION,
                io.osprey.analysis.verdict.Caveats.SUPPRESSION);
        assertThat(victim.caveats()).anyMatch(caveat -> caveat.startsWith("The audit log can take up to 24 hours")
                && caveat.contains("2025-02-11T10:00:00Z"));
        assertThat(victim.caveats()).anyMatch(caveat -> caveat.startsWith("No MailItemsAccessed record on 5 of 12"));
        MailboxInvestigation ceo = result.mailbox("ceo@contoso.com").orElseThrow();
        assertThat(ceo.coverage()).extracting(DayCoverage::status).containsOnly(CoverageStatus.NOT_AUDITED);
    }

    @Test
    void withoutIndicatorsTheAttackerContextsAreProposedAndTheUserIsNot() {
        InvestigationResult result = Investigation.run(InvestigationRequest.builder().build(),
                TokenTheftStory.events(false));
        MailboxInvestigation victim = result.mailbox(VICTIM).orElseThrow();

        assertThat(victim.contexts()).filteredOn(context -> context.attribution() == Attribution.SUSPICIOUS)
                .extracting(AccessContext::clientIp).containsOnly(ATTACKER_IP, PIVOT_IP);
        assertThat(victim.contexts()).filteredOn(context -> ATTACKER_IP.equals(context.clientIp()))
                .allSatisfy(context -> assertThat(context.reasons()).extracting(Reason::code)
                        .contains("session-two-networks", "first-seen-network"));
        assertThat(victim.contexts()).filteredOn(context -> USUAL_IP.equals(context.clientIp()))
                .extracting(AccessContext::attribution).containsOnly(Attribution.USER);
        assertThat(victim.verdict()).isEqualTo(Verdict.NO_EVIDENCE_OF_ACCESS);
        assertThat(result.mailbox(COLLEAGUE).orElseThrow().contexts()).extracting(AccessContext::attribution)
                .containsOnly(Attribution.USER);
        assertThat(result.rankedContexts().get(0).attribution()).isEqualTo(Attribution.SUSPICIOUS);
    }

    @Test
    void contextIdsAreStableAcrossRuns() {
        List<String> first = investigate(false).rankedContexts().stream().map(AccessContext::contextId).toList();
        List<String> second = investigate(false).rankedContexts().stream().map(AccessContext::contextId).toList();
        assertThat(first).isEqualTo(second).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{12}"));
    }
}
