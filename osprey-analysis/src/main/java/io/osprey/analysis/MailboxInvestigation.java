package io.osprey.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The playbook's answer for one mailbox.
 *
 * @param underInvestigation     named with --mailbox, or touched by an attacker or suspicious context
 * @param reasons                why the verdict is what it is
 * @param caveats                what limits the answer
 * @param attackerSyncedFolders  folders synced by attacker contexts
 * @param mailboxSynced          attacker Sync records cover every folder seen in the mailbox's records
 * @param attackerAccessedMessages messages with attribution attacker
 * @param folders                every folder seen in the mailbox's records
 * @param records                every MailItemsAccessed record in the period, in time order
 * @param coverage               one row per UTC day of the investigation period
 */
public record MailboxInvestigation(String mailbox, Verdict verdict, boolean underInvestigation, List<String> reasons,
                                   List<String> caveats, List<TimeWindow> throttledWindows,
                                   List<ProbableThrottle> probableThrottling, List<String> attackerSyncedFolders,
                                   boolean mailboxSynced, int attackerAccessedMessages,
                                   int suspiciousAccessedMessages, List<String> folders, Instant firstRecord,
                                   Instant lastRecord, int degradedRecords, int bindRecordsWithoutItems,
                                   List<AccessContext> contexts, List<MessageExposure> messages,
                                   List<AccessRecord> records, List<DayCoverage> coverage) {
    public MailboxInvestigation {
        reasons = List.copyOf(reasons);
        caveats = List.copyOf(caveats);
        throttledWindows = List.copyOf(throttledWindows);
        probableThrottling = List.copyOf(probableThrottling);
        attackerSyncedFolders = List.copyOf(attackerSyncedFolders);
        folders = List.copyOf(folders);
        contexts = List.copyOf(contexts);
        messages = List.copyOf(messages);
        records = List.copyOf(records);
        coverage = List.copyOf(coverage);
    }

    /** The same answer with more caveats. */
    public MailboxInvestigation withMoreCaveats(List<String> more) {
        List<String> all = new java.util.ArrayList<>(caveats);
        all.addAll(more);
        return new MailboxInvestigation(mailbox, verdict, underInvestigation, reasons, all, throttledWindows,
                probableThrottling, attackerSyncedFolders, mailboxSynced, attackerAccessedMessages,
                suspiciousAccessedMessages, folders, firstRecord, lastRecord, degradedRecords, bindRecordsWithoutItems,
                contexts, messages, records, coverage);
    }

    /** The mailbox's contexts by id. */
    public Map<String, AccessContext> contextsById() {
        return contexts.stream().collect(Collectors.toMap(AccessContext::contextId, Function.identity()));
    }
}
