package io.osprey.analysis;

import java.time.Instant;

/** A half-open UTC interval [start, end). */
public record TimeWindow(Instant start, Instant end) {
    public boolean contains(Instant time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
