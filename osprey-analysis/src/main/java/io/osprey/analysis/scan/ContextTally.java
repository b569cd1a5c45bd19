package io.osprey.analysis.scan;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one mailbox scan learned about one access context (mutable while scanning, read afterwards). */
public final class ContextTally {
    private final int index;
    private final String contextId;
    private final ContextKey key;
    Instant firstSeen;
    Instant lastSeen;
    int recordCount;
    int bindRecords;
    int syncRecords;
    int throttledRecords;
    long itemsAccessed;
    final Map<String, String> syncedFolders = new LinkedHashMap<>();
    final Map<Long, Long> itemsPerDay = new HashMap<>();

    ContextTally(int index, String contextId, ContextKey key) {
        this.index = index;
        this.contextId = contextId;
        this.key = key;
    }

    void count(Instant time) {
        if (firstSeen == null) {
            firstSeen = time;
        }
        lastSeen = time;
        recordCount++;
    }

    /** Position of the context in the scan, in order of first appearance. */
    public int index() {
        return index;
    }

    public String contextId() {
        return contextId;
    }

    public ContextKey key() {
        return key;
    }

    public Instant firstSeen() {
        return firstSeen;
    }

    public Instant lastSeen() {
        return lastSeen;
    }

    public int recordCount() {
        return recordCount;
    }

    public int bindRecords() {
        return bindRecords;
    }

    public int syncRecords() {
        return syncRecords;
    }

    public int throttledRecords() {
        return throttledRecords;
    }

    /** Items (messages, or folders for Sync) listed by the context's records. */
    public long itemsAccessed() {
        return itemsAccessed;
    }

    /** The folders this context synced: comparison key to displayed path. */
    public Map<String, String> syncedFolders() {
        return syncedFolders;
    }

    /** Items listed per UTC epoch day. */
    public Map<Long, Long> itemsPerDay() {
        return itemsPerDay;
    }
}
