package io.osprey.analysis.scan;

import io.osprey.analysis.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Microsoft: after a record with IsThrottled true, assume the next 24 hours of access were not audited. The
 * throttled windows are the union of [t, t + 24 h) over those records, overlapping or touching windows merged.
 */
public final class ThrottleWindows {
    public static final Duration UNAUDITED_AFTER_THROTTLE = Duration.ofHours(24);

    private ThrottleWindows() {
    }

    /** @param throttledTimes creation times of the records with IsThrottled true, in ascending order */
    public static List<TimeWindow> merge(List<Instant> throttledTimes) {
        List<TimeWindow> windows = new ArrayList<>();
        Instant start = null;
        Instant end = null;
        for (Instant time : throttledTimes) {
            Instant windowEnd = time.plus(UNAUDITED_AFTER_THROTTLE);
            if (start != null && !time.isAfter(end)) {
                if (windowEnd.isAfter(end)) {
                    end = windowEnd;
                }
                continue;
            }
            if (start != null) {
                windows.add(new TimeWindow(start, end));
            }
            start = time;
            end = windowEnd;
        }
        if (start != null) {
            windows.add(new TimeWindow(start, end));
        }
        return List.copyOf(windows);
    }
}
