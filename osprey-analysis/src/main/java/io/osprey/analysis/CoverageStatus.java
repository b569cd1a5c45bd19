package io.osprey.analysis;

/** Whether one mailbox-day can answer "was it accessed?". */
public enum CoverageStatus {
    /** MailItemsAccessed records exist for the day and no throttled window touches it. */
    AUDITED,
    /** Part or all of the day lies in a throttled window: access there was not audited. */
    THROTTLED,
    /** No MailItemsAccessed record for the day: nothing can be ruled out. */
    NOT_AUDITED
}
