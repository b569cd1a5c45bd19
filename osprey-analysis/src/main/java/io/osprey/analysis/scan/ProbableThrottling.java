package io.osprey.analysis.scan;

import io.osprey.analysis.ProbableThrottle;
import io.osprey.analysis.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Infers throttling that was not flagged (or whose flagged record was not acquired): a rolling 24-hour count
 * of at least {@link #NEAR_LIMIT} records, followed by at least {@link #SILENCE} without any Bind record while
 * the mailbox's data goes on (only Bind is throttled; Sync continues). Linear over the sorted times.
 */
public final class ProbableThrottling {
    /** "Near 1,000": Exchange throttles above 1,000 records in 24 hours; some may be missing from the export. */
    public static final int NEAR_LIMIT = 900;
    public static final Duration SILENCE = Duration.ofHours(20);
    private static final Duration DAY = Duration.ofHours(24);

    private ProbableThrottling() {
    }

    /**
     * @param recordTimes  every MailItemsAccessed record time, ascending
     * @param bindTimes    the Bind record times, ascending
     * @param flagged      the throttled windows from IsThrottled records (a silence they explain is not repeated)
     */
    public static List<ProbableThrottle> detect(List<Instant> recordTimes, List<Instant> bindTimes,
                                                List<TimeWindow> flagged) {
        List<ProbableThrottle> warnings = new ArrayList<>();
        if (recordTimes.isEmpty()) {
            return warnings;
        }
        Instant lastRecord = recordTimes.get(recordTimes.size() - 1);
        int windowStart = 0;
        int nextBind = 0;
        for (int index = 0; index < recordTimes.size(); index++) {
            Instant time = recordTimes.get(index);
            while (!recordTimes.get(windowStart).isAfter(time.minus(DAY))) {
                windowStart++;
            }
            int rollingCount = index - windowStart + 1;
            while (nextBind < bindTimes.size() && !bindTimes.get(nextBind).isAfter(time)) {
                nextBind++;
            }
            if (rollingCount < NEAR_LIMIT || (index + 1 < recordTimes.size() && recordTimes.get(index + 1).equals(time))) {
                continue;
            }
            Instant following = nextBind < bindTimes.size() ? bindTimes.get(nextBind) : null;
            Instant silenceEnd = following != null ? following : lastRecord;
            if (Duration.between(time, silenceEnd).compareTo(SILENCE) < 0) {
                continue;
            }
            TimeWindow window = new TimeWindow(time, time.plus(DAY));
            if (flagged.stream().noneMatch(f -> f.overlaps(window.start(), window.end()))) {
                warnings.add(new ProbableThrottle(time, rollingCount, following, window));
            }
        }
        return List.copyOf(warnings);
    }
}
