package io.osprey.analysis.verdict;

import io.osprey.analysis.CoverageStatus;
import io.osprey.analysis.DayCoverage;
import io.osprey.analysis.TimeWindow;
import io.osprey.analysis.scan.DayTally;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Coverage per mailbox and UTC day over the investigation period: how many MailItemsAccessed records, and
 * whether the day can answer anything (a day without records is NOT_AUDITED, never "not accessed").
 */
public final class CoverageLedger {
    private CoverageLedger() {
    }

    /**
     * @param days       the mailbox's per-day tallies by epoch day
     * @param periodStart inclusive start of the period, or null (then no rows)
     * @param periodEnd   exclusive end of the period
     */
    public static List<DayCoverage> rows(Map<Long, DayTally> days, List<TimeWindow> throttled, Instant periodStart,
                                         Instant periodEnd) {
        List<DayCoverage> rows = new ArrayList<>();
        if (periodStart == null || periodEnd == null || !periodStart.isBefore(periodEnd)) {
            return rows;
        }
        LocalDate first = LocalDate.ofInstant(periodStart, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(periodEnd.minusNanos(1), ZoneOffset.UTC);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            DayTally tally = days.get(day.toEpochDay());
            Instant dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant dayEnd = dayStart.plusSeconds(86_400L);
            boolean throttledDay = throttled.stream().anyMatch(window -> window.overlaps(dayStart, dayEnd));
            CoverageStatus status = throttledDay ? CoverageStatus.THROTTLED
                    : tally == null ? CoverageStatus.NOT_AUDITED : CoverageStatus.AUDITED;
            rows.add(tally == null ? new DayCoverage(day, 0, 0, 0, 0, 0, status)
                    : new DayCoverage(day, tally.records(), tally.bindRecords(), tally.syncRecords(),
                    tally.throttledRecords(), tally.itemsListed(), status));
        }
        return rows;
    }
}
