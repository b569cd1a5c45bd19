package io.osprey.analysis.verdict;

import io.osprey.analysis.AccessContext;
import io.osprey.analysis.AccessRecord;
import io.osprey.analysis.Attribution;
import io.osprey.analysis.ContextAccess;
import io.osprey.analysis.DayCoverage;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.analysis.MessageExposure;
import io.osprey.analysis.attribution.ContextAttribution;
import io.osprey.analysis.scan.ContextTally;
import io.osprey.analysis.scan.FolderPaths;
import io.osprey.analysis.scan.MailboxScan;
import io.osprey.analysis.scan.MessageTally;
import io.osprey.model.MailAccessType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns one mailbox's scan and the tenant-wide attribution into the mailbox's final answer. */
public final class MailboxFinalizer {
    private static final Comparator<AccessContext> RANKING = Comparator.comparing(AccessContext::attribution)
            .thenComparing(Comparator.comparingInt(AccessContext::score).reversed())
            .thenComparing(AccessContext::firstSeen).thenComparing(AccessContext::contextId);
    private static final Comparator<MessageExposure> MESSAGE_ORDER = (first, second) -> {
        int order = first.attribution().compareTo(second.attribution());
        if (order == 0) {
            order = first.firstAccess().compareTo(second.firstAccess());
        }
        return order != 0 ? order : first.messageKey().compareTo(second.messageKey());
    };

    private final Map<ContextTally, ContextAttribution> attributions;
    private final Set<String> named;
    private final Instant periodStart;
    private final Instant periodEnd;
    private final Instant evidenceEnd;

    public MailboxFinalizer(Map<ContextTally, ContextAttribution> attributions, Set<String> named,
                            Instant periodStart, Instant periodEnd, Instant evidenceEnd) {
        this.attributions = attributions;
        this.named = named;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.evidenceEnd = evidenceEnd;
    }

    public MailboxInvestigation finish(MailboxScan scan) {
        Attribution[] byIndex = new Attribution[scan.contexts().size()];
        for (ContextTally tally : scan.contexts()) {
            byIndex[tally.index()] = attributions.get(tally).attribution();
        }
        List<AccessContext> contexts = new ArrayList<>();
        List<Map<String, String>> attackerSyncs = new ArrayList<>();
        Map<String, Attribution> byId = new HashMap<>();
        for (ContextTally tally : scan.contexts()) {
            AccessContext context = context(scan.mailbox(), tally, attributions.get(tally));
            contexts.add(context);
            byId.put(context.contextId(), context.attribution());
            if (context.attribution() == Attribution.ATTACKER && !tally.syncedFolders().isEmpty()) {
                attackerSyncs.add(tally.syncedFolders());
            }
        }
        contexts.sort(RANKING);
        SyncExposure sync = SyncExposure.of(attackerSyncs, scan.foldersSeen());
        List<MessageExposure> messages = messages(scan, sync, byIndex);
        int attackerMessages = count(messages, Attribution.ATTACKER);
        int suspiciousMessages = count(messages, Attribution.SUSPICIOUS);
        int attackerContexts = (int) contexts.stream().filter(c -> c.attribution() == Attribution.ATTACKER).count();
        int suspiciousContexts = (int) contexts.stream().filter(c -> c.attribution() == Attribution.SUSPICIOUS).count();
        boolean isNamed = named.contains(scan.mailbox());
        boolean underInvestigation = isNamed || attackerContexts > 0 || suspiciousContexts > 0;
        int[] attackerRecords = attackerRecords(scan, byId);
        VerdictRule.Decision decision = VerdictRule.decide(new VerdictRule.Facts(underInvestigation, isNamed,
                scan.throttledWindows(), sync, scan.records().size(), attackerRecords[0], attackerMessages,
                attackerContexts, suspiciousContexts, suspiciousMessages));
        List<DayCoverage> coverage = CoverageLedger.rows(scan.days(), scan.throttledWindows(), periodStart, periodEnd);
        List<String> caveats = Caveats.of(new Caveats.Facts(scan.records().size(), underInvestigation,
                scan.throttledWindows(), scan.probableThrottling(), scan.degradedRecords(), attackerRecords[1],
                scan.bindRecordsWithoutItems(), coverage, evidenceEnd));
        return new MailboxInvestigation(scan.mailbox(), decision.verdict(), underInvestigation, decision.reasons(),
                caveats, scan.throttledWindows(), scan.probableThrottling(), sync.attackerSyncedFolders(),
                sync.mailboxSynced(), attackerMessages, suspiciousMessages, List.copyOf(scan.foldersSeen().values()),
                scan.firstRecord(), scan.lastRecord(), scan.degradedRecords(), scan.bindRecordsWithoutItems(),
                contexts, messages, scan.records(), coverage);
    }

    /** The attacker's Bind records and degraded records: {binds, degraded}. */
    private static int[] attackerRecords(MailboxScan scan, Map<String, Attribution> byId) {
        int binds = 0;
        int degraded = 0;
        for (AccessRecord record : scan.records()) {
            if (byId.get(record.contextId()) == Attribution.ATTACKER) {
                binds += record.accessType() == MailAccessType.SYNC ? 0 : 1;
                degraded += record.degraded() ? 1 : 0;
            }
        }
        return new int[] {binds, degraded};
    }

    private static int count(List<MessageExposure> messages, Attribution attribution) {
        return (int) messages.stream().filter(message -> message.attribution() == attribution).count();
    }

    private static AccessContext context(String mailbox, ContextTally tally, ContextAttribution attribution) {
        var key = tally.key();
        return new AccessContext(tally.contextId(), mailbox, key.userId(), key.clientIp(), key.sessionId(),
                key.appId(), key.clientAppId(), key.clientInfoString(), key.logonType(), tally.firstSeen(),
                tally.lastSeen(), tally.recordCount(), tally.bindRecords(), tally.syncRecords(),
                tally.throttledRecords(), tally.itemsAccessed(), attribution.network(), attribution.networkInfo(),
                attribution.attribution(), attribution.score(), attribution.reasons(),
                List.copyOf(tally.syncedFolders().values()));
    }

    private static List<MessageExposure> messages(MailboxScan scan, SyncExposure sync, Attribution[] byIndex) {
        Set<String> syncedKeys = new java.util.HashSet<>();
        sync.attackerSyncedFolders().forEach(folder -> syncedKeys.add(FolderPaths.key(folder)));
        List<MessageExposure> messages = new ArrayList<>(scan.messages().size());
        for (MessageTally tally : scan.messages().values()) {
            Attribution worst = null;
            boolean byUser = false;
            List<MessageTally.ContextAccessTally> contextTallies = tally.contexts();
            ContextAccess[] accesses = new ContextAccess[contextTallies.size()];
            List<String> lastRecordIds = null;
            for (int index = 0; index < accesses.length; index++) {
                MessageTally.ContextAccessTally access = contextTallies.get(index);
                Attribution attribution = byIndex[access.context().index()];
                worst = Attribution.worst(worst, attribution);
                byUser |= attribution == Attribution.USER;
                lastRecordIds = access.recordIds();
                accesses[index] = new ContextAccess(access.context().contextId(), attribution, access.first(),
                        access.last(), access.count(), lastRecordIds);
            }
            List<String> evidence = contextTallies.size() == 1 ? lastRecordIds : tally.recordIds();
            boolean inSynced = !syncedKeys.isEmpty()
                    && tally.folders().stream().anyMatch(folder -> syncedKeys.contains(FolderPaths.key(folder)));
            messages.add(new MessageExposure(scan.mailbox(), tally.messageKey(), tally.internetMessageId(),
                    tally.folders(), tally.firstAccess(), tally.lastAccess(), tally.accessCount(), tally.sizeInBytes(),
                    worst, tally.listedByBind() ? "bind" : "sync", byUser, inSynced, List.of(accesses), evidence));
        }
        messages.sort(MESSAGE_ORDER);
        return messages;
    }
}
