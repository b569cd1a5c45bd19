package io.osprey.report.html;

import io.osprey.analysis.CoverageStatus;
import io.osprey.analysis.DayCoverage;
import io.osprey.analysis.MailboxInvestigation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the coverage heat map: a row per mailbox, a column per UTC day, coloured by whether the day was
 * audited, throttled or has no MailItemsAccessed record. Runs of equal days are drawn as one rectangle, so a page
 * stays small even over a long period.
 */
final class CoverageHeatMap {
    static final int LABEL_WIDTH = 250;
    static final int PLOT_WIDTH = 920;
    static final int ROW = 14;
    static final int TOP = 22;
    private static final int MAX_LABELS = 15;
    private static final double LABEL_PIXELS = 40;

    private final Svg svg;
    private final LocalDate firstDay;
    private final int days;
    private final double cell;

    CoverageHeatMap(HtmlOut out, LocalDate firstDay, int days) {
        this.svg = new Svg(out);
        this.firstDay = firstDay;
        this.days = Math.max(1, days);
        this.cell = Math.max(2, Math.min(28, (double) PLOT_WIDTH / this.days));
    }

    void write(List<MailboxInvestigation> mailboxes) {
        double width = LABEL_WIDTH + days * cell + 10;
        svg.open(width, TOP + mailboxes.size() * ROW + 4, "MailItemsAccessed coverage of " + mailboxes.size()
                + " mailboxes over " + days + " days");
        int step = Math.max((int) Math.ceil(LABEL_PIXELS / cell), (int) Math.ceil((double) days / MAX_LABELS));
        for (int day = 0; day < days; day += step) {
            svg.text(LABEL_WIDTH + day * cell, TOP - 6, firstDay.plusDays(day).toString().substring(5));
        }
        for (int index = 0; index < mailboxes.size(); index++) {
            row(mailboxes.get(index), TOP + index * ROW);
        }
        svg.close();
    }

    private void row(MailboxInvestigation mailbox, double y) {
        String label = mailbox.mailbox().length() > 38 ? mailbox.mailbox().substring(0, 37) + "…" : mailbox.mailbox();
        svg.labelledText(4, y + 10, label, mailbox.mailbox());
        Map<LocalDate, DayCoverage> byDay = new HashMap<>();
        for (DayCoverage day : mailbox.coverage()) {
            byDay.put(day.day(), day);
        }
        int runStart = 0;
        long runRecords = 0;
        CoverageStatus runStatus = status(byDay.get(firstDay));
        for (int day = 0; day <= days; day++) {
            DayCoverage coverage = day < days ? byDay.get(firstDay.plusDays(day)) : null;
            CoverageStatus status = day < days ? status(coverage) : null;
            if (status != runStatus) {
                run(mailbox.mailbox(), y, runStart, day, runStatus, runRecords);
                runStart = day;
                runRecords = 0;
                runStatus = status;
            }
            runRecords += coverage == null ? 0 : coverage.records();
        }
    }

    private void run(String mailbox, double y, int fromDay, int toDay, CoverageStatus status, long records) {
        LocalDate from = firstDay.plusDays(fromDay);
        LocalDate last = firstDay.plusDays(toDay - 1L);
        String when = from.equals(last) ? from.toString() : from + " to " + last;
        svg.rect(LABEL_WIDTH + fromDay * cell, y + 1, (toDay - fromDay) * cell - (cell > 4 ? 1 : 0), ROW - 2,
                Palette.color(status), mailbox + ", " + when + ": " + describe(status) + ", "
                        + Times.count(records) + " record(s)");
    }

    private static CoverageStatus status(DayCoverage day) {
        return day == null ? CoverageStatus.NOT_AUDITED : day.status();
    }

    static String describe(CoverageStatus status) {
        return switch (status) {
            case AUDITED -> "audited";
            case THROTTLED -> "throttled (not audited in part)";
            case NOT_AUDITED -> "no MailItemsAccessed record";
        };
    }

    /** The UTC days of [start, end). */
    static int days(java.time.Instant start, java.time.Instant end) {
        LocalDate first = LocalDate.ofInstant(start, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(end.minusNanos(1), ZoneOffset.UTC);
        return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }
}
