package io.osprey.collect.checkpoint;

/** Where a unit of work (a window, a blob, a directory item) stands. */
public enum UnitStatus {
    /** Not started, or started without anything durable yet. */
    PENDING,
    /** Started: a query exists or some pages are saved; a new run continues from the checkpoint. */
    IN_PROGRESS,
    /** Every record the API had for the unit is saved. */
    COMPLETE,
    /** Too large for one query: its halves are the units now. */
    SPLIT,
    /** The API returned its record limit for a window that cannot be split further: some records are missing. */
    TRUNCATED,
    /** Could not be completed after every retry; a new run tries again. */
    FAILED,
    /** Outside what the API can still return (older than the Management Activity API's 7 days). */
    OUT_OF_REACH,
    /** Listed up to the time of the run; the rest of the window lay in the future and is listed by a later run. */
    OPEN;

    /** True when a new run has nothing left to do for the unit. */
    public boolean isSettled() {
        return this == COMPLETE || this == TRUNCATED || this == OUT_OF_REACH;
    }
}
