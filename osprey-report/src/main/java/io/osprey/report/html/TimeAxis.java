package io.osprey.report.html;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps a UTC period onto a pixel range and picks readable tick marks (whole days, or hours for short periods). */
final class TimeAxis {
    private static final long[] DAY_STEPS = {1, 2, 7, 14, 28, 56, 91, 182, 364};
    private static final long[] HOUR_STEPS = {1, 2, 3, 6, 12};
    private static final int MAX_TICKS = 12;
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR_LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One tick: where, and its label. */
    record Tick(double x, String label) {
    }

    private final Instant start;
    private final Instant end;
    private final double left;
    private final double width;

    TimeAxis(Instant start, Instant end, double left, double width) {
        this.start = start;
        this.end = end.isAfter(start) ? end : start.plusSeconds(1);
        this.left = left;
        this.width = width;
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return end;
    }

    double x(Instant time) {
        double fraction = (double) Duration.between(start, time).toMillis() / Duration.between(start, end).toMillis();
        return left + Math.max(0, Math.min(1, fraction)) * width;
    }

    List<Tick> ticks() {
        Duration span = Duration.between(start, end);
        List<Tick> ticks = new ArrayList<>();
        if (span.toHours() <= 48) {
            long step = pick(HOUR_STEPS, span.toHours());
            for (Instant tick = start.truncatedTo(ChronoUnit.HOURS); !tick.isAfter(end); tick = tick.plus(step,
                    ChronoUnit.HOURS)) {
                add(ticks, tick, HOUR_LABEL);
            }
        } else {
            long step = pick(DAY_STEPS, span.toDays() + 1);
            for (Instant tick = start.truncatedTo(ChronoUnit.DAYS); !tick.isAfter(end); tick = tick.plus(step,
                    ChronoUnit.DAYS)) {
                add(ticks, tick, DAY_LABEL);
            }
        }
        return ticks;
    }

    private void add(List<Tick> ticks, Instant tick, DateTimeFormatter format) {
        if (!tick.isBefore(start)) {
            ticks.add(new Tick(x(tick), format.format(tick)));
        }
    }

    private static long pick(long[] steps, long units) {
        for (long step : steps) {
            if (units / step <= MAX_TICKS) {
                return step;
            }
        }
        return Math.max(1, units / MAX_TICKS);
    }
}
