package io.osprey.analysis.scan;

/** Record counts of one mailbox on one UTC day (mutable while scanning). */
public final class DayTally {
    int records;
    int bindRecords;
    int syncRecords;
    int throttledRecords;
    long itemsListed;

    public int records() {
        return records;
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

    public long itemsListed() {
        return itemsListed;
    }
}
