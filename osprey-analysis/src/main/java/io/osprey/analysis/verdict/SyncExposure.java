package io.osprey.analysis.verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Sync in an attacker context exposes the whole folder; attacker syncs covering every folder seen in the
 * mailbox's records expose the mailbox.
 *
 * @param attackerSyncedFolders displayed paths, in order of first attacker sync
 * @param mailboxSynced         every folder seen in the mailbox was synced by the attacker
 */
public record SyncExposure(List<String> attackerSyncedFolders, boolean mailboxSynced) {
    /**
     * @param attackerSyncs the attacker contexts' synced folders (comparison key to displayed path), in order
     * @param foldersSeen   every folder seen in the mailbox's records (comparison key to displayed path)
     */
    public static SyncExposure of(List<Map<String, String>> attackerSyncs, Map<String, String> foldersSeen) {
        Map<String, String> synced = new LinkedHashMap<>();
        attackerSyncs.forEach(synced::putAll);
        boolean mailboxSynced = !synced.isEmpty() && synced.keySet().containsAll(foldersSeen.keySet());
        return new SyncExposure(List.copyOf(new ArrayList<>(synced.values())), mailboxSynced);
    }
}
