package io.osprey.report.html;

import io.osprey.analysis.AccessContext;
import io.osprey.analysis.AccessRecord;
import io.osprey.analysis.Attribution;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.analysis.ProbableThrottle;
import io.osprey.analysis.TimeWindow;
import io.osprey.model.MailAccessType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The per-mailbox access timeline as SVG: one lane per mailbox, its MailItemsAccessed records binned across the
 * period and coloured by the worst attribution in each bin (darker for more records), attacker and suspicious
 * syncs as triangles above the lane (the owners' own clients sync all the time and would bury them), flagged
 * throttled windows hatched and probable throttling outlined.
 */
final class TimelineChart {
    static final int LABEL_WIDTH = 250;
    static final int PLOT_WIDTH = 920;
    static final int BINS = 230;
    static final int ROW = 22;
    static final int TOP = 26;
    private static final String HATCH = "timeline-throttled";

    private final Svg svg;
    private final TimeAxis axis;

    TimelineChart(HtmlOut out, Instant start, Instant end) {
        this.svg = new Svg(out);
        this.axis = new TimeAxis(start, end, LABEL_WIDTH, PLOT_WIDTH);
    }

    void write(List<MailboxInvestigation> mailboxes) {
        double height = TOP + mailboxes.size() * ROW + 6;
        svg.open(LABEL_WIDTH + PLOT_WIDTH + 16, height, "Access timeline of " + mailboxes.size() + " mailboxes");
        svg.hatchPattern(HATCH, "#c62828");
        for (TimeAxis.Tick tick : axis.ticks()) {
            svg.line(tick.x(), TOP - 4, tick.x(), height - 4, "#e3e7ec");
            if (tick.x() < LABEL_WIDTH + PLOT_WIDTH - 30) {
                svg.text(tick.x() + 2, TOP - 8, tick.label());
            }
        }
        for (int index = 0; index < mailboxes.size(); index++) {
            lane(mailboxes.get(index), TOP + index * ROW, index % 2 == 1);
        }
        svg.close();
    }

    private void lane(MailboxInvestigation mailbox, double y, boolean shaded) {
        if (shaded) {
            svg.rect(0, y, LABEL_WIDTH + PLOT_WIDTH, ROW, "#f7f9fb", null);
        }
        svg.rect(4, y + 7, 9, 9, Palette.color(mailbox.verdict()), Palette.label(mailbox.verdict()));
        String label = mailbox.mailbox().length() > 36 ? mailbox.mailbox().substring(0, 35) + "…" : mailbox.mailbox();
        svg.labelledText(18, y + 15, label, mailbox.mailbox() + ": " + Palette.label(mailbox.verdict()));
        for (TimeWindow window : mailbox.throttledWindows()) {
            svg.rect(axis.x(window.start()), y + 2, axis.x(window.end()) - axis.x(window.start()), ROW - 4,
                    "url(#" + HATCH + ")", "Throttled from " + Times.display(window.start()) + " to "
                            + Times.display(window.end()) + ": access in this window was not audited");
        }
        for (ProbableThrottle probable : mailbox.probableThrottling()) {
            TimeWindow window = probable.assumedUnaudited();
            svg.rect(axis.x(window.start()), y + 2, axis.x(window.end()) - axis.x(window.start()), ROW - 4, "none",
                    "Probable throttling from " + Times.display(window.start()) + " to "
                            + Times.display(window.end()), "stroke", "#c62828", "stroke-dasharray", "4 2");
        }
        bins(mailbox, y);
    }

    private void bins(MailboxInvestigation mailbox, double y) {
        Map<String, AccessContext> contexts = mailbox.contextsById();
        LaneBins lane = new LaneBins(BINS);
        Duration span = Duration.between(axis.start(), axis.end());
        for (AccessRecord record : mailbox.records()) {
            if (record.time().isBefore(axis.start()) || !record.time().isBefore(axis.end())) {
                continue;
            }
            AccessContext context = contexts.get(record.contextId());
            Attribution attribution = context == null ? Attribution.USER : context.attribution();
            int bin = (int) Math.min(BINS - 1,
                    Duration.between(axis.start(), record.time()).toMillis() * BINS / Math.max(1, span.toMillis()));
            boolean markedSync = record.accessType() == MailAccessType.SYNC && attribution != Attribution.USER;
            lane.add(bin, attribution, markedSync ? record.folders() : null);
        }
        double binWidth = (double) PLOT_WIDTH / BINS;
        for (int bin = 0; bin < BINS; bin++) {
            if (lane.total(bin) == 0) {
                continue;
            }
            Instant from = axis.start().plus(span.multipliedBy(bin).dividedBy(BINS));
            Instant to = axis.start().plus(span.multipliedBy(bin + 1L).dividedBy(BINS));
            double x = LABEL_WIDTH + bin * binWidth;
            svg.rect(x, y + 8, binWidth, ROW - 12, Palette.color(lane.worst(bin)),
                    mailbox.mailbox() + ", " + Times.display(from) + " to " + Times.display(to) + ": "
                            + lane.describe(bin), "fill-opacity", opacity(lane.total(bin)));
            if (lane.worstSync(bin) != null) {
                svg.marker(x + binWidth / 2, y + 1, 7, Palette.color(lane.worstSync(bin)),
                        "Sync by " + lane.worstSync(bin).label() + " context: " + lane.syncFolders(bin));
            }
        }
    }

    private static String opacity(int records) {
        return records >= 10 ? "1" : records >= 2 ? "0.75" : "0.5";
    }
}
