package io.osprey.analysis;

import java.time.Instant;

/**
 * A warning, separate from flagged throttling: the mailbox's rolling 24-hour MailItemsAccessed count came near
 * the 1,000-record limit and then no Bind record followed for a long time, as if auditing had stopped.
 *
 * @param lastRecord             the last record before the silence
 * @param recordsInPrevious24h   MailItemsAccessed records in the 24 hours up to and including it
 * @param nextBindRecord         the first Bind record after the silence, or null when none followed
 * @param assumedUnaudited       [lastRecord, lastRecord + 24 h): the period auditing probably stopped
 */
public record ProbableThrottle(Instant lastRecord, int recordsInPrevious24h, Instant nextBindRecord,
                               TimeWindow assumedUnaudited) {
}
