package io.osprey.collect;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A half-open UTC time range {@code [start, end)} asked of an API. Its {@link #key()} names the window in the
 * checkpoint and in evidence file names, so the same window always lands in the same file.
 */
public record TimeWindow(Instant start, Instant end) implements Comparable<TimeWindow> {
    private static final DateTimeFormatter KEY_FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a window must end after it starts: " + start + " .. " + end);
        }
    }

    /** The window named by a {@link #key()}. */
    public static TimeWindow fromKey(String key) {
        int separator = key.indexOf('_');
        return new TimeWindow(parseKeyTime(key.substring(0, separator)), parseKeyTime(key.substring(separator + 1)));
    }

    /**
     * Cuts {@code [from, to)} at multiples of {@code size} counted from the epoch (for one day: at UTC midnights),
     * so the windows of two overlapping requests coincide where they overlap.
     */
    public static List<TimeWindow> partition(Instant from, Instant to, Duration size) {
        long sizeMillis = size.toMillis();
        if (sizeMillis < 1000) {
            throw new IllegalArgumentException("windows must be at least one second long");
        }
        List<TimeWindow> windows = new ArrayList<>();
        Instant cursor = from;
        while (cursor.isBefore(to)) {
            Instant boundary = Instant.ofEpochMilli(Math.floorDiv(cursor.toEpochMilli(), sizeMillis) * sizeMillis + sizeMillis);
            Instant end = boundary.isBefore(to) ? boundary : to;
            windows.add(new TimeWindow(cursor, end));
            cursor = end;
        }
        return windows;
    }

    public String key() {
        return KEY_FORMAT.format(start) + "_" + KEY_FORMAT.format(end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** The two halves, split at the middle rounded down to the second; null when shorter than two seconds. */
    public List<TimeWindow> halves() {
        long seconds = duration().getSeconds();
        if (seconds < 2) {
            return null;
        }
        Instant middle = start.plusSeconds(seconds / 2);
        return List.of(new TimeWindow(start, middle), new TimeWindow(middle, end));
    }

    @Override
    public int compareTo(TimeWindow other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    private static Instant parseKeyTime(String text) {
        return KEY_FORMAT.parse(text, Instant::from);
    }
}
