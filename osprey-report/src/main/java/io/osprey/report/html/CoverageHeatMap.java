package io.osprey.report.html;

import io.osprey.analysis.CoverageStatus;
import io.osprey.analysis.DayCoverage;
import io.osprey.analysis.MailboxInvestigation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
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

    /**
     * One mailbox: per status one path of all its runs of days (so alternating days cost a few bytes each, not an
     * element each), the path's tooltip counting the days and records.
     */
    private void row(MailboxInvestigation mailbox, double y) {
        String label = mailbox.mailbox().length() > 38 ? mailbox.mailbox().substring(0, 37) + "…" : mailbox.mailbox();
        Map<LocalDate, DayCoverage> byDay = new HashMap<>();
        for (DayCoverage day : mailbox.coverage()) {
            byDay.put(day.day(), day);
        }
        Map<CoverageStatus, StatusRuns> runs = new EnumMap<>(CoverageStatus.class);
        int runStart = 0;
        CoverageStatus runStatus = status(byDay.get(firstDay));
        for (int day = 0; day <= days; day++) {
            DayCoverage coverage = day < days ? byDay.get(firstDay.plusDays(day)) : null;
            CoverageStatus status = day < days ? status(coverage) : null;
            if (status != runStatus) {
                runs.computeIfAbsent(runStatus, any -> new StatusRuns()).add(runStart, day, y);
                runStart = day;
                runStatus = status;
            }
            if (coverage != null) {
                runs.computeIfAbsent(status, any -> new StatusRuns()).records += coverage.records();
            }
        }
        svg.labelledText(4, y + 10, label, mailbox.mailbox() + ": " + summary(runs));
        for (Map.Entry<CoverageStatus, StatusRuns> entry : runs.entrySet()) {
            StatusRuns status = entry.getValue();
            svg.path(status.outline.toString(), Palette.color(entry.getKey()), mailbox.mailbox() + ": "
                    + describe(entry.getKey()) + " on " + status.days + " day(s)" + (status.firstDay < 0 ? ""
                    : " (first " + firstDay.plusDays(status.firstDay) + ")") + ", " + Times.count(status.records)
                    + " record(s)");
        }
    }

    private static String summary(Map<CoverageStatus, StatusRuns> runs) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<CoverageStatus, StatusRuns> entry : runs.entrySet()) {
            text.append(text.length() == 0 ? "" : ", ").append(entry.getValue().days).append(" day(s) ")
                    .append(describe(entry.getKey()));
        }
        return text.toString();
    }

    /** The runs of days of one status in one row, as one path outline. */
    private final class StatusRuns {
        private final StringBuilder outline = new StringBuilder();
        private int days;
        private int firstDay = -1;
        private long records;

        void add(int fromDay, int toDay, double y) {
            if (firstDay < 0) {
                firstDay = fromDay;
            }
            days += toDay - fromDay;
            double width = (toDay - fromDay) * cell - (cell > 4 ? 1 : 0);
            outline.append('M').append(Svg.number(LABEL_WIDTH + fromDay * cell)).append(' ')
                    .append(Svg.number(y + 1)).append('h').append(Svg.number(width)).append('v')
                    .append(ROW - 2).append('h').append(Svg.number(-width)).append('z');
        }
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
