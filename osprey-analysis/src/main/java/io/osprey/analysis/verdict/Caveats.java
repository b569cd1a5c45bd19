package io.osprey.analysis.verdict;

import io.osprey.analysis.CoverageStatus;
import io.osprey.analysis.DayCoverage;
import io.osprey.analysis.ProbableThrottle;
import io.osprey.analysis.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The limits of what MailItemsAccessed can tell, written down per mailbox. */
public final class Caveats {
    public static final String AGGREGATION = "Bind records aggregate every bind of a 2-minute interval into one"
            + " record: access times are accurate to about 2 minutes.";
    public static final String SUPPRESSION = "Exchange drops repeated records of one access context within one"
            + " hour: access counts are lower bounds, and a repeated access may not appear at all.";
    public static final String ACCESS_NOT_READ = "A Bind record proves access to a message, not that a person"
            + " read it.";
    public static final Duration INGESTION_DELAY = Duration.ofHours(24);

    private Caveats() {
    }

    /** The caveat on the UAL's ingestion delay before the end of the evidence. */
    public static String ingestionDelay(Instant end) {
        return "The audit log can take up to 24 hours to store an event: access after " + end.minus(INGESTION_DELAY)
                + " may be missing from evidence that ends at " + end + ".";
    }

    /** The facts that give one mailbox its specific caveats. */
    public record Facts(int records, boolean underInvestigation, List<TimeWindow> throttledWindows,
                        List<ProbableThrottle> probableThrottling, int degradedRecords, int degradedAttackerRecords,
                        int bindRecordsWithoutItems, List<DayCoverage> coverage, Instant evidenceEnd) {
    }

    public static List<String> of(Facts facts) {
        List<String> caveats = new ArrayList<>();
        if (facts.records() > 0) {
            caveats.add(AGGREGATION);
            caveats.add(SUPPRESSION);
            caveats.add(ACCESS_NOT_READ);
        }
        if (facts.evidenceEnd() != null) {
            caveats.add(ingestionDelay(facts.evidenceEnd()));
        }
        if (!facts.underInvestigation()) {
            for (TimeWindow window : facts.throttledWindows()) {
                caveats.add("Throttled: access from " + window.start() + " to " + window.end() + " was not audited.");
            }
        }
        for (ProbableThrottle probable : facts.probableThrottling()) {
            caveats.add("Probable throttling: " + probable.recordsInPrevious24h() + " records in the 24 hours up to "
                    + probable.lastRecord() + ", then no Bind record " + (probable.nextBindRecord() == null
                    ? "until the end of the data" : "until " + probable.nextBindRecord())
                    + "; assume access until " + probable.assumedUnaudited().end() + " was not audited.");
        }
        if (facts.degradedRecords() > 0) {
            caveats.add(facts.degradedRecords() + " record(s) were flattened by their export (degraded) and may"
                    + " have lost their message ids" + (facts.degradedAttackerRecords() > 0 ? ", "
                    + facts.degradedAttackerRecords() + " of them in attacker contexts: the attacker may have"
                    + " accessed messages not listed" : "") + ".");
        }
        if (facts.bindRecordsWithoutItems() > 0) {
            caveats.add(facts.bindRecordsWithoutItems() + " Bind record(s) list no message id.");
        }
        addUnauditedDays(facts.coverage(), caveats);
        return caveats;
    }

    private static void addUnauditedDays(List<DayCoverage> coverage, List<String> caveats) {
        List<DayCoverage> unaudited = coverage.stream()
                .filter(day -> day.status() == CoverageStatus.NOT_AUDITED).toList();
        if (!unaudited.isEmpty() && unaudited.size() < coverage.size()) {
            caveats.add("No MailItemsAccessed record on " + unaudited.size() + " of " + coverage.size()
                    + " day(s) of the period (first " + unaudited.get(0).day() + "): nothing can be ruled out"
                    + " on those days.");
        }
    }
}
