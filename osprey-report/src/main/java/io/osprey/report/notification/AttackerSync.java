package io.osprey.report.notification;

import io.osprey.analysis.AccessContext;
import io.osprey.analysis.AccessRecord;
import io.osprey.analysis.Attribution;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.model.MailAccessType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Sync by an attacker or suspicious context: when, which folders, and what of the trace it covers.
 *
 * @param folderKeys the synced folders' comparison keys (lower-cased displayed paths)
 * @param received   it covers the mail the mailbox received
 * @param sent       it covers the mail the mailbox sent
 */
record AttackerSync(Instant time, String folders, Set<String> folderKeys, boolean received, boolean sent,
                    Attribution attribution, List<String> recordIds) {

    /** The mailbox's attacker and suspicious Sync records in time order; a synced mailbox adds a whole-mailbox one. */
    static List<AttackerSync> of(MailboxInvestigation mailbox) {
        Map<String, AccessContext> contexts = mailbox.contextsById();
        List<AttackerSync> syncs = new ArrayList<>();
        for (AccessRecord record : mailbox.records()) {
            AccessContext context = contexts.get(record.contextId());
            if (record.accessType() != MailAccessType.SYNC || context == null
                    || context.attribution() == Attribution.USER) {
                continue;
            }
            Set<String> keys = new TreeSet<>();
            boolean received = false;
            boolean sent = false;
            for (String folder : record.folders().split("; ")) {
                keys.add(folder.toLowerCase(Locale.ROOT));
                SyncScope scope = SyncScope.of(folder);
                received |= scope.coversReceived();
                sent |= scope.coversSent();
            }
            syncs.add(new AttackerSync(record.time(), record.folders(), keys, received, sent, context.attribution(),
                    List.of(record.recordId())));
        }
        syncs.sort(Comparator.comparing(AttackerSync::time));
        if (mailbox.mailboxSynced() && !syncs.isEmpty()) {
            syncs.add(wholeMailbox(mailbox, syncs));
        }
        return syncs;
    }

    private static AttackerSync wholeMailbox(MailboxInvestigation mailbox, List<AttackerSync> syncs) {
        Attribution worst = null;
        List<String> ids = new ArrayList<>();
        for (AttackerSync sync : syncs) {
            worst = Attribution.worst(worst, sync.attribution());
            ids.addAll(sync.recordIds());
        }
        return new AttackerSync(syncs.get(syncs.size() - 1).time(), "(whole mailbox: "
                + String.join(", ", mailbox.attackerSyncedFolders()) + ")", Set.of(), true, true, worst, ids);
    }

    /** Whether this sync listed one of the folders (comparison keys), or synced the whole mailbox. */
    boolean coversAnyFolder(List<String> folderPaths) {
        if (received && sent && folderKeys.isEmpty()) {
            return true;
        }
        for (String folder : folderPaths) {
            if (folderKeys.contains(folder.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
