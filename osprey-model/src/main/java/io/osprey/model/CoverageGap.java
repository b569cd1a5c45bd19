package io.osprey.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A part of an acquisition that {@code osprey collect} could not complete (a coverage hole in
 * {@code CASE/acquisition.json}): the evidence has nothing, or not everything, for that time.
 *
 * @param source the collect source: {@code audit}, {@code activity-api}, {@code directory} or {@code signins}
 * @param start  start of the uncovered time, or null when the unit has no time (a directory item, a blob)
 * @param end    exclusive end of the uncovered time, or null
 * @param unit   the unit that is incomplete (window key, {@code contentType/window}, content id, item name)
 * @param reason why, in words
 */
public record CoverageGap(String source, Instant start, Instant end, String unit, String reason) {
    public CoverageGap {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(reason, "reason");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("a gap has both a start and an end, or neither: " + unit);
        }
    }

    /** True when the gap has a time range. */
    public boolean timed() {
        return start != null;
    }

    /**
     * True when the gap can hide MailItemsAccessed records: a Graph audit log query window, or a Management
     * Activity API listing window of Exchange content (MailItemsAccessed is published as Audit.Exchange).
     */
    public boolean hidesMailAccess() {
        return switch (source.toLowerCase(Locale.ROOT)) {
            case "audit" -> true;
            case "activity-api" -> unit.startsWith("Audit.Exchange/") || !timed();
            default -> false;
        };
    }

    /** True when the gap's time overlaps {@code [from, to)}; an untimed gap overlaps everything. */
    public boolean overlaps(Instant from, Instant to) {
        return !timed() || ((to == null || start.isBefore(to)) && (from == null || end.isAfter(from)));
    }
}
