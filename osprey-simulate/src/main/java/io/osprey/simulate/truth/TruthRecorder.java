package io.osprey.simulate.truth;

import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.Times;
import io.osprey.simulate.trace.TracedMail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Collects the planted facts while the simulation writes its records, and turns them into the
 * {@link GroundTruth}. Everything is keyed in sorted or insertion order, so the truth is deterministic.
 */
public final class TruthRecorder {
    private final List<GroundTruth.AttackerContext> contexts = new ArrayList<>();
    private final Set<String> appAccessLabels = new HashSet<>();
    private final MessageLedger messages = new MessageLedger();
    private final TreeMap<String, TreeMap<String, List<String>>> synced = new TreeMap<>();
    private final TreeMap<String, ThrottleLedger> throttled = new TreeMap<>();
    private final TreeMap<String, Long> unrecordedBinds = new TreeMap<>();
    private final LinkedHashMap<String, String> targeted = new LinkedHashMap<>();
    private final TreeSet<String> unaudited = new TreeSet<>();
    private final List<GroundTruth.TenantFinding> findings = new ArrayList<>();
    private final List<String> attackerRecordIds = new ArrayList<>();
    private final List<SyncExposures.AttackerSync> syncs = new ArrayList<>();

    /** The header fields of the truth file. */
    public record Header(String scenario, long seed, int users, int days, String startUtc, String endUtc,
                         List<String> formats, boolean overlap) {
    }

    /**
     * Registers a planted context.
     *
     * @param mailAccessIsAppFinding whether its MailItemsAccessed records are third-party application access
     */
    public void registerContext(GroundTruth.AttackerContext context, boolean mailAccessIsAppFinding) {
        contexts.add(context);
        if (mailAccessIsAppFinding) {
            appAccessLabels.add(context.label());
        }
    }

    /** A record the attacker caused, with the finding it should raise (or null). */
    public void attackerRecord(AuditRecord record, FindingKind finding, String detail) {
        attackerRecordIds.add(record.id());
        if (finding != null) {
            findings.add(new GroundTruth.TenantFinding(finding, record.operation(), record.id(),
                    Times.isoUtc(record.creationTime()), record.userId(), detail));
        }
    }

    /** A MailItemsAccessed Bind record of an attacker context. */
    public void attackerBind(String mailbox, String label, AuditRecord record, String folderPath,
                             List<String> internetMessageIds) {
        attackerRecord(record, appAccessLabels.contains(label) ? FindingKind.APP_MAIL_ACCESS : null, label);
        for (String internetMessageId : internetMessageIds) {
            messages.add(mailbox, internetMessageId, folderPath, record, label);
        }
    }

    /**
     * A MailItemsAccessed Sync record of an attacker context.
     *
     * @param scope what a message trace can show of the synced folder
     */
    public void attackerSync(String mailbox, String label, AuditRecord record, String folderPath, TraceScope scope) {
        attackerRecord(record, appAccessLabels.contains(label) ? FindingKind.APP_MAIL_ACCESS : null, label);
        syncs.add(new SyncExposures.AttackerSync(mailbox, scope, record.creationTime(), record.id()));
        synced.computeIfAbsent(mailbox, key -> new TreeMap<>()).computeIfAbsent(folderPath, key -> new ArrayList<>())
                .add(record.id());
    }

    /** A record with IsThrottled True. */
    public void throttled(String mailbox, AuditRecord record, long windowSeconds) {
        throttled.computeIfAbsent(mailbox, key -> new ThrottleLedger())
                .add(record.creationTime(), record.creationTime() + windowSeconds, record.id());
        findings.add(new GroundTruth.TenantFinding(FindingKind.MAILBOX_THROTTLED, record.operation(), record.id(),
                Times.isoUtc(record.creationTime()), record.userId(), mailbox));
    }

    public void unrecordedAttackerBind(String mailbox) {
        unrecordedBinds.merge(mailbox, 1L, Long::sum);
    }

    /** The mailboxes the planted contexts touched or targeted, and the targeted ones: those to trace. */
    public Set<String> attackedMailboxes() {
        Set<String> mailboxes = new TreeSet<>(targeted.keySet());
        contexts.forEach(context -> mailboxes.addAll(context.mailboxes()));
        return mailboxes;
    }

    /** A mailbox under investigation although no attacker access may show (sprayed, account misused). */
    public void target(String mailbox, String basis) {
        targeted.putIfAbsent(mailbox, basis);
    }

    public void unaudited(String mailbox) {
        unaudited.add(mailbox);
    }

    /**
     * The ground truth.
     *
     * @param foldersSeen  for a mailbox, the folder paths its MailItemsAccessed records show
     * @param messageTrace the traced mailboxes' mail, oldest first
     */
    public GroundTruth finish(Header header, long uniqueRecords, long duplicates, Map<String, Long> countsByOperation,
                              Function<String, Set<String>> foldersSeen, Map<String, List<TracedMail>> messageTrace) {
        TreeSet<String> iocs = new TreeSet<>();
        contexts.forEach(context -> iocs.addAll(context.iocs()));
        List<GroundTruth.SyncedFolders> syncedFolders = new ArrayList<>();
        synced.forEach((mailbox, folders) -> {
            List<String> ids = new ArrayList<>();
            folders.values().forEach(ids::addAll);
            syncedFolders.add(new GroundTruth.SyncedFolders(mailbox, List.copyOf(folders.keySet()), ids));
        });
        List<GroundTruth.ThrottledWindows> windows = new ArrayList<>();
        throttled.forEach((mailbox, ledger) -> windows.add(ledger.toTruth(mailbox)));
        VerdictRules rules = new VerdictRules(messages, synced, throttled, unrecordedBinds, unaudited, foldersSeen);
        return new GroundTruth(header.scenario(), header.seed(), header.users(), header.days(), header.startUtc(),
                header.endUtc(), header.formats(), header.overlap(), uniqueRecords, duplicates,
                new TreeMap<>(countsByOperation), List.copyOf(contexts), List.copyOf(iocs), messages.toTruth(),
                syncedFolders, SyncExposures.of(syncs, messageTrace), windows, rules.verdicts(targeted), Verdict.NO_EVIDENCE_OF_ACCESS,
                List.copyOf(unaudited), List.copyOf(findings), List.copyOf(attackerRecordIds));
    }
}
