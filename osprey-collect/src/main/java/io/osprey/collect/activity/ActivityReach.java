package io.osprey.collect.activity;

import java.time.Duration;
import java.time.Instant;

/**
 * How far the Management Activity API reaches at a given moment: content can be listed from 7 days back (a
 * safety margin later, so a request sent a little later is still inside the limit) up to now.
 *
 * @param now           the moment
 * @param earliestStart the earliest startTime Osprey sends
 */
record ActivityReach(Instant now, Instant earliestStart) {
    static final Duration LIMIT = Duration.ofDays(7);

    static ActivityReach at(Instant now, Duration margin) {
        return new ActivityReach(now, now.minus(LIMIT).plus(margin));
    }
}
