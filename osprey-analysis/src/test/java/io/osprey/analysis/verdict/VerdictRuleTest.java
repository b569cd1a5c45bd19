package io.osprey.analysis.verdict;

import io.osprey.analysis.TimeWindow;
import io.osprey.analysis.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictRuleTest {
    private static final List<TimeWindow> THROTTLED = List.of(new TimeWindow(Instant.parse("2025-01-01T00:00:00Z"),
            Instant.parse("2025-01-02T00:00:00Z")));
    private static final SyncExposure NO_SYNC = new SyncExposure(List.of(), false);

    private static Verdict verdict(boolean underInvestigation, List<TimeWindow> throttled, SyncExposure sync,
                                   int records, int attackerBinds) {
        return VerdictRule.decide(new VerdictRule.Facts(underInvestigation, false, throttled, sync, records,
                attackerBinds, attackerBinds, attackerBinds > 0 ? 1 : 0, 0, 0)).verdict();
    }

    @Test
    void worstFirst() {
        assertThat(verdict(true, THROTTLED, NO_SYNC, 10, 0)).isEqualTo(Verdict.ASSUME_FULL_COMPROMISE);
        assertThat(verdict(true, List.of(), new SyncExposure(List.of("\\Inbox"), true), 10, 1))
                .isEqualTo(Verdict.ASSUME_FULL_COMPROMISE);
        assertThat(verdict(true, List.of(), new SyncExposure(List.of("\\Inbox"), false), 10, 1))
                .isEqualTo(Verdict.FOLDERS_SYNCED);
        assertThat(verdict(true, List.of(), NO_SYNC, 10, 1)).isEqualTo(Verdict.MESSAGES_ACCESSED);
        assertThat(verdict(true, List.of(), NO_SYNC, 0, 0)).isEqualTo(Verdict.NOT_AUDITED);
        assertThat(verdict(false, List.of(), NO_SYNC, 10, 0)).isEqualTo(Verdict.NO_EVIDENCE_OF_ACCESS);
    }

    @Test
    void throttlingAloneIsNotAVerdictOutsideTheInvestigation() {
        assertThat(verdict(false, THROTTLED, NO_SYNC, 10, 0)).isEqualTo(Verdict.NO_EVIDENCE_OF_ACCESS);
    }

    @Test
    void reasonsExplainTheVerdict() {
        VerdictRule.Decision decision = VerdictRule.decide(new VerdictRule.Facts(true, true, THROTTLED,
                new SyncExposure(List.of("\\Inbox"), false), 10, 3, 7, 1, 2, 1));
        assertThat(decision.reasons()).containsExactly(
                "throttled while under investigation: 1 window(s) of 24 hours or more in which access was not audited",
                "the attacker synced 1 folder(s): \\Inbox; all their items count as exposed",
                "the attacker bound 7 listed message(s) in 3 Bind record(s)",
                "named for investigation",
                "1 attacker context(s) touched the mailbox",
                "2 suspicious context(s) touched the mailbox, accessing 1 message(s) not also accessed by the attacker; review them");
    }

    @Test
    void theMailboxIsSyncedWhenAttackerSyncsCoverEveryFolderSeen() {
        Map<String, String> seen = Map.of("\\inbox", "\\Inbox", "\\sent items", "\\Sent Items");
        assertThat(SyncExposure.of(List.of(Map.of("\\inbox", "\\Inbox"), Map.of("\\sent items", "\\Sent Items")), seen)
                .mailboxSynced()).isTrue();
        SyncExposure partial = SyncExposure.of(List.of(Map.of("\\inbox", "\\Inbox")), seen);
        assertThat(partial.mailboxSynced()).isFalse();
        assertThat(partial.attackerSyncedFolders()).containsExactly("\\Inbox");
        assertThat(SyncExposure.of(List.of(), Map.of()).mailboxSynced()).isFalse();
    }
}
