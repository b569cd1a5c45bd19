package io.osprey.analysis.verdict;

import io.osprey.analysis.TimeWindow;
import io.osprey.analysis.Verdict;

import java.util.ArrayList;
import java.util.List;

/** The verdict contract of DESIGN.md, worst first, with the reasons behind it. */
public final class VerdictRule {
    private VerdictRule() {
    }

    /**
     * The facts one mailbox's verdict depends on.
     *
     * @param records               MailItemsAccessed records in the period
     * @param attackerBindRecords   Bind records of attacker contexts (with or without message ids)
     * @param attackerMessages      messages attributed to the attacker
     * @param suspiciousContexts    suspicious contexts of the mailbox
     * @param suspiciousMessages    messages whose worst attribution is suspicious
     */
    public record Facts(boolean underInvestigation, boolean named, List<TimeWindow> throttledWindows,
                        SyncExposure sync, int records, int attackerBindRecords, int attackerMessages,
                        int attackerContexts, int suspiciousContexts, int suspiciousMessages) {
    }

    public record Decision(Verdict verdict, List<String> reasons) {
        public Decision {
            reasons = List.copyOf(reasons);
        }
    }

    public static Decision decide(Facts facts) {
        List<String> reasons = new ArrayList<>();
        Verdict verdict;
        boolean throttledUnderInvestigation = facts.underInvestigation() && !facts.throttledWindows().isEmpty();
        if (throttledUnderInvestigation) {
            reasons.add("throttled while under investigation: " + facts.throttledWindows().size()
                    + " window(s) of 24 hours or more in which access was not audited");
        }
        if (facts.sync().mailboxSynced()) {
            reasons.add("the attacker synced every folder seen in the mailbox's records ("
                    + String.join(", ", facts.sync().attackerSyncedFolders()) + ")");
        } else if (!facts.sync().attackerSyncedFolders().isEmpty()) {
            reasons.add("the attacker synced " + facts.sync().attackerSyncedFolders().size() + " folder(s): "
                    + String.join(", ", facts.sync().attackerSyncedFolders()) + "; all their items count as exposed");
        }
        if (facts.attackerBindRecords() > 0) {
            reasons.add("the attacker bound " + facts.attackerMessages() + " listed message(s) in "
                    + facts.attackerBindRecords() + " Bind record(s)");
        }
        if (throttledUnderInvestigation || facts.sync().mailboxSynced()) {
            verdict = Verdict.ASSUME_FULL_COMPROMISE;
        } else if (!facts.sync().attackerSyncedFolders().isEmpty()) {
            verdict = Verdict.FOLDERS_SYNCED;
        } else if (facts.attackerBindRecords() > 0) {
            verdict = Verdict.MESSAGES_ACCESSED;
        } else if (facts.records() == 0) {
            verdict = Verdict.NOT_AUDITED;
            reasons.add("no MailItemsAccessed record covers the period: nothing can be ruled out");
        } else {
            verdict = Verdict.NO_EVIDENCE_OF_ACCESS;
            reasons.add(facts.records() + " MailItemsAccessed record(s) in the period, none in an attacker context");
        }
        addContextReasons(facts, reasons);
        return new Decision(verdict, reasons);
    }

    private static void addContextReasons(Facts facts, List<String> reasons) {
        if (facts.named()) {
            reasons.add("named for investigation");
        }
        if (facts.attackerContexts() > 0) {
            reasons.add(facts.attackerContexts() + " attacker context(s) touched the mailbox");
        }
        if (facts.suspiciousContexts() > 0) {
            reasons.add(facts.suspiciousContexts() + " suspicious context(s) touched the mailbox"
                    + (facts.suspiciousMessages() > 0 ? ", accessing " + facts.suspiciousMessages()
                    + " message(s) not also accessed by the attacker" : "") + "; review them");
        }
    }
}
