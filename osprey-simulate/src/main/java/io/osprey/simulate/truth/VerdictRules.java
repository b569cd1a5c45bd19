package io.osprey.simulate.truth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The verdict rules of DESIGN.md applied to the planted facts: throttled, or the attacker synced every folder
 * the mailbox's records show: ASSUME_FULL_COMPROMISE; some folders synced: FOLDERS_SYNCED; bind access:
 * MESSAGES_ACCESSED; no MailItemsAccessed auditing: NOT_AUDITED; else NO_EVIDENCE_OF_ACCESS.
 */
final class VerdictRules {
    private final MessageLedger messages;
    private final TreeMap<String, TreeMap<String, List<String>>> synced;
    private final TreeMap<String, ThrottleLedger> throttled;
    private final TreeMap<String, Long> unrecordedBinds;
    private final Set<String> unaudited;
    private final Function<String, Set<String>> foldersSeen;

    VerdictRules(MessageLedger messages, TreeMap<String, TreeMap<String, List<String>>> synced,
                 TreeMap<String, ThrottleLedger> throttled, TreeMap<String, Long> unrecordedBinds,
                 Set<String> unaudited, Function<String, Set<String>> foldersSeen) {
        this.messages = messages;
        this.synced = synced;
        this.throttled = throttled;
        this.unrecordedBinds = unrecordedBinds;
        this.unaudited = unaudited;
        this.foldersSeen = foldersSeen;
    }

    List<GroundTruth.MailboxVerdict> verdicts(Map<String, String> targeted) {
        Map<String, String> bases = new TreeMap<>();
        messages.countsByMailbox().keySet().forEach(mailbox -> bases.put(mailbox, "attacker accessed messages"));
        synced.keySet().forEach(mailbox -> bases.put(mailbox, "attacker synced folders"));
        unrecordedBinds.keySet().forEach(mailbox -> bases.putIfAbsent(mailbox, "attacker accessed messages"));
        targeted.forEach(bases::putIfAbsent);
        Map<String, GroundTruth.MailboxVerdict> verdicts = new LinkedHashMap<>();
        bases.forEach((mailbox, basis) -> verdicts.put(mailbox, verdict(mailbox, basis)));
        return new ArrayList<>(verdicts.values());
    }

    private GroundTruth.MailboxVerdict verdict(String mailbox, String basis) {
        List<String> reasons = new ArrayList<>();
        TreeMap<String, List<String>> syncedFolders = synced.getOrDefault(mailbox, new TreeMap<>());
        ThrottleLedger throttle = throttled.get(mailbox);
        int accessed = messages.count(mailbox);
        Verdict verdict;
        if (throttle != null) {
            reasons.add("MailItemsAccessed auditing was throttled (IsThrottled True)");
        }
        if (!syncedFolders.isEmpty() && coversEveryFolder(mailbox, syncedFolders.keySet())) {
            reasons.add("the attacker synced every folder the mailbox's records show");
        }
        if (!reasons.isEmpty()) {
            verdict = Verdict.ASSUME_FULL_COMPROMISE;
        } else if (!syncedFolders.isEmpty()) {
            verdict = Verdict.FOLDERS_SYNCED;
            reasons.add("the attacker synced " + syncedFolders.size() + " folder(s)");
        } else if (accessed > 0) {
            verdict = Verdict.MESSAGES_ACCESSED;
            reasons.add("the attacker bound " + accessed + " message(s)");
        } else if (unaudited.contains(mailbox)) {
            verdict = Verdict.NOT_AUDITED;
            reasons.add("the mailbox's audit set lacks MailItemsAccessed: no record covers the period");
        } else {
            verdict = Verdict.NO_EVIDENCE_OF_ACCESS;
            reasons.add("no attacker MailItemsAccessed record");
        }
        return new GroundTruth.MailboxVerdict(mailbox, verdict, basis, reasons, accessed,
                List.copyOf(syncedFolders.keySet()), throttle == null ? List.of() : throttle.windows(),
                unrecordedBinds.getOrDefault(mailbox, 0L));
    }

    private boolean coversEveryFolder(String mailbox, Set<String> syncedFolders) {
        Set<String> seen = new TreeSet<>(foldersSeen.apply(mailbox));
        return !seen.isEmpty() && syncedFolders.containsAll(seen);
    }
}
