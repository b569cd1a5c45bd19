package io.osprey.report.html;

import io.osprey.analysis.Attribution;

import java.util.LinkedHashSet;
import java.util.Set;

/** Per-bin record counts of one timeline lane, by attribution, with the worst sync and its folders. */
final class LaneBins {
    private static final int MAX_FOLDERS = 4;

    private final int[][] counts;
    private final Attribution[] worstSync;
    private final Set<String>[] syncFolders;

    @SuppressWarnings("unchecked")
    LaneBins(int bins) {
        counts = new int[bins][Attribution.values().length];
        worstSync = new Attribution[bins];
        syncFolders = new Set[bins];
    }

    /** @param syncedFolders the folders of a Sync record, or null for a Bind record */
    void add(int bin, Attribution attribution, String syncedFolders) {
        counts[bin][attribution.ordinal()]++;
        if (syncedFolders != null) {
            worstSync[bin] = Attribution.worst(worstSync[bin], attribution);
            if (syncFolders[bin] == null) {
                syncFolders[bin] = new LinkedHashSet<>();
            }
            if (syncFolders[bin].size() < MAX_FOLDERS) {
                syncFolders[bin].add(syncedFolders);
            }
        }
    }

    int total(int bin) {
        int total = 0;
        for (int count : counts[bin]) {
            total += count;
        }
        return total;
    }

    Attribution worst(int bin) {
        for (Attribution attribution : Attribution.values()) {
            if (counts[bin][attribution.ordinal()] > 0) {
                return attribution;
            }
        }
        return Attribution.USER;
    }

    Attribution worstSync(int bin) {
        return worstSync[bin];
    }

    String syncFolders(int bin) {
        return syncFolders[bin] == null ? "" : String.join("; ", syncFolders[bin]);
    }

    /** "12 records (attacker 3, user 9)". */
    String describe(int bin) {
        StringBuilder text = new StringBuilder().append(total(bin)).append(" record(s) (");
        boolean first = true;
        for (Attribution attribution : Attribution.values()) {
            int count = counts[bin][attribution.ordinal()];
            if (count > 0) {
                text.append(first ? "" : ", ").append(attribution.label()).append(' ').append(count);
                first = false;
            }
        }
        return text.append(')').toString();
    }
}
