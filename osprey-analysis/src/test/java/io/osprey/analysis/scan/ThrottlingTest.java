package io.osprey.analysis.scan;

import io.osprey.analysis.ProbableThrottle;
import io.osprey.analysis.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottlingTest {
    private static Instant at(String time) {
        return Instant.parse(time);
    }

    @Test
    void windowsAreTheMergedUnionOf24HoursAfterEachThrottledRecord() {
        List<TimeWindow> windows = ThrottleWindows.merge(List.of(at("2025-01-01T00:00:00Z"),
                at("2025-01-01T12:00:00Z"), at("2025-01-02T12:00:00Z"), at("2025-01-05T00:00:00Z")));
        assertThat(windows).containsExactly(
                new TimeWindow(at("2025-01-01T00:00:00Z"), at("2025-01-03T12:00:00Z")),
                new TimeWindow(at("2025-01-05T00:00:00Z"), at("2025-01-06T00:00:00Z")));
        assertThat(ThrottleWindows.merge(List.of())).isEmpty();
    }

    @Test
    void touchingWindowsMerge() {
        assertThat(ThrottleWindows.merge(List.of(at("2025-01-01T00:00:00Z"), at("2025-01-02T00:00:00Z"))))
                .containsExactly(new TimeWindow(at("2025-01-01T00:00:00Z"), at("2025-01-03T00:00:00Z")));
    }

    private static List<Instant> everyMinute(Instant start, int count) {
        List<Instant> times = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            times.add(start.plus(Duration.ofMinutes(index)));
        }
        return times;
    }

    @Test
    void probableThrottlingNeedsTheNearLimitAndTheSilence() {
        Instant start = at("2025-01-01T00:00:00Z");
        List<Instant> burst = everyMinute(start, 920);
        List<Instant> withLater = new ArrayList<>(burst);
        withLater.add(start.plus(Duration.ofHours(50)));
        List<ProbableThrottle> found = ProbableThrottling.detect(withLater, withLater, List.of());
        assertThat(found).singleElement().satisfies(probable -> {
            assertThat(probable.recordsInPrevious24h()).isEqualTo(920);
            assertThat(probable.lastRecord()).isEqualTo(start.plus(Duration.ofMinutes(919)));
            assertThat(probable.assumedUnaudited().end()).isEqualTo(start.plus(Duration.ofMinutes(919)).plus(Duration.ofHours(24)));
        });

        List<Instant> tooFew = new ArrayList<>(everyMinute(start, 800));
        tooFew.add(start.plus(Duration.ofHours(50)));
        assertThat(ProbableThrottling.detect(tooFew, tooFew, List.of())).isEmpty();

        List<Instant> noSilence = new ArrayList<>(burst);
        noSilence.add(start.plus(Duration.ofHours(20)));
        assertThat(ProbableThrottling.detect(noSilence, noSilence, List.of())).isEmpty();

        assertThat(ProbableThrottling.detect(burst, burst, List.of())).as("the data simply ends").isEmpty();

        List<TimeWindow> flagged = List.of(new TimeWindow(start.plus(Duration.ofHours(15)), start.plus(Duration.ofHours(39))));
        assertThat(ProbableThrottling.detect(withLater, withLater, flagged)).as("already flagged").isEmpty();
    }

    @Test
    void syncRecordsDoNotBreakTheSilence() {
        Instant start = at("2025-01-01T00:00:00Z");
        List<Instant> binds = everyMinute(start, 950);
        List<Instant> all = new ArrayList<>(binds);
        all.add(start.plus(Duration.ofHours(22)));
        all.add(start.plus(Duration.ofHours(40)));
        assertThat(ProbableThrottling.detect(all, binds, List.of())).hasSize(1);
    }
}
