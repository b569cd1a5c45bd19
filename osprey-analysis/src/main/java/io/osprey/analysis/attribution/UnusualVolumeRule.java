package io.osprey.analysis.attribution;

import io.osprey.analysis.Reason;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A context that listed far more items on one day than the whole mailbox did on any baseline day: at least
 * {@link #FACTOR} times the baseline's busiest day and at least {@link #FLOOR} items.
 */
public final class UnusualVolumeRule implements SuspicionRule {
    public static final String CODE = "unusual-volume";
    public static final int FACTOR = 4;
    public static final long FLOOR = 500;

    @Override
    public Optional<Reason> evaluate(ContextFacts facts, TenantIndex tenant) {
        if (!facts.baseline().available()) {
            return Optional.empty();
        }
        long threshold = Math.max(FLOOR, FACTOR * facts.baseline().dailyItemsMax());
        long endDay = Math.floorDiv(facts.baseline().end().getEpochSecond(), 86_400L);
        long busiestDay = -1;
        long busiestCount = 0;
        for (Map.Entry<Long, Long> day : facts.context().itemsPerDay().entrySet()) {
            if (day.getKey() >= endDay && day.getValue() > busiestCount) {
                busiestDay = day.getKey();
                busiestCount = day.getValue();
            }
        }
        if (busiestCount < threshold) {
            return Optional.empty();
        }
        return Optional.of(new Reason(CODE, busiestCount + " items listed on " + LocalDate.ofEpochDay(busiestDay)
                + ", against at most " + facts.baseline().dailyItemsMax()
                + " per day for the whole mailbox in its baseline", 2));
    }
}
