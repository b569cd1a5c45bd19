package io.osprey.report.html;

import io.osprey.analysis.Attribution;
import io.osprey.analysis.CoverageStatus;
import io.osprey.analysis.DayCoverage;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.report.ReportData;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The two charts over time: the per-mailbox access timeline (the top mailboxes by exposure) and the coverage
 * heat map (every mailbox up to a limit, in pages).
 */
final class ActivitySections {
    /** Mailboxes in the timeline chart. */
    static final int TIMELINE_MAILBOXES = 50;
    /** Mailboxes per page of the heat map. */
    static final int HEAT_MAP_PAGE = 50;
    /** Mailboxes in the heat map at most. */
    static final int HEAT_MAP_MAILBOXES = 5_000;

    private ActivitySections() {
    }

    static void timeline(HtmlOut out, ReportData data) {
        InvestigationResult result = data.input().investigation();
        out.open("section", "id", "timeline").element("h2", "Access over time");
        Instant[] period = period(result);
        List<MailboxInvestigation> ranked = ExposureRanking.rank(result.mailboxes());
        if (period == null || ranked.isEmpty()) {
            out.element("p", "No MailItemsAccessed record in the period.", "class", "note").close("section");
            return;
        }
        List<MailboxInvestigation> shown = ranked.subList(0, Math.min(TIMELINE_MAILBOXES, ranked.size()));
        out.element("p", "MailItemsAccessed records per mailbox from " + Times.display(period[0]) + " to "
                + Times.display(period[1]) + ", coloured by the worst attribution in each time slice; triangles"
                + " mark attacker and suspicious syncs, hatching the throttled windows (access there was not audited)." + (ranked.size()
                > shown.size() ? " Showing the " + shown.size() + " most exposed of " + Times.count(ranked.size())
                + " mailboxes (" + Times.count(ranked.size() - shown.size()) + " more in the summary table)." : ""),
                "class", "note");
        out.open("div", "class", "chart");
        new TimelineChart(out, period[0], period[1]).write(shown);
        out.close("div");
        legend(out);
        out.close("section");
    }

    private static void legend(HtmlOut out) {
        out.open("div", "class", "legend");
        for (Attribution attribution : Attribution.values()) {
            swatch(out, Palette.color(attribution), attribution.label() + " access");
        }
        out.open("span").text("\u25BC sync by an attacker or suspicious context").close("span");
        swatch(out, "repeating-linear-gradient(45deg,#c62828 0 2px,#fbe9e7 2px 5px)", "throttled window");
        out.close("div");
    }

    private static void swatch(HtmlOut out, String background, String label) {
        out.open("span").open("span", "class", "swatch", "style", "background:" + background).close("span")
                .text(label).close("span");
    }

    static void coverage(HtmlOut out, ReportData data) {
        InvestigationResult result = data.input().investigation();
        out.open("section", "id", "coverage").element("h2", "Evidence coverage");
        Instant[] period = period(result);
        if (period == null || result.mailboxes().isEmpty()) {
            out.element("p", "No MailItemsAccessed data: nothing can be ruled out.", "class", "note")
                    .close("section");
            return;
        }
        Map<CoverageStatus, Long> days = new EnumMap<>(CoverageStatus.class);
        for (MailboxInvestigation mailbox : result.mailboxes()) {
            for (DayCoverage day : mailbox.coverage()) {
                days.merge(day.status(), 1L, Long::sum);
            }
        }
        out.element("p", "Which mailboxes have MailItemsAccessed records on which UTC days. Mailbox-days: "
                + Times.count(days.getOrDefault(CoverageStatus.AUDITED, 0L)) + " audited, "
                + Times.count(days.getOrDefault(CoverageStatus.THROTTLED, 0L)) + " throttled, "
                + Times.count(days.getOrDefault(CoverageStatus.NOT_AUDITED, 0L)) + " without records (nothing can"
                + " be ruled out on those).", "class", "note");
        heatMap(out, ExposureRanking.rank(result.mailboxes()), period);
        out.open("div", "class", "legend");
        for (CoverageStatus status : CoverageStatus.values()) {
            swatch(out, Palette.color(status), CoverageHeatMap.describe(status));
        }
        out.close("div").close("section");
    }

    private static void heatMap(HtmlOut out, List<MailboxInvestigation> ranked, Instant[] period) {
        List<MailboxInvestigation> shown = ranked.subList(0, Math.min(HEAT_MAP_MAILBOXES, ranked.size()));
        if (shown.size() < ranked.size()) {
            out.element("p", "Showing the " + Times.count(shown.size()) + " most exposed of "
                    + Times.count(ranked.size()) + " mailboxes; investigation/coverage.csv holds every one.",
                    "class", "note");
        }
        LocalDate firstDay = LocalDate.ofInstant(period[0], ZoneOffset.UTC);
        int dayCount = CoverageHeatMap.days(period[0], period[1]);
        out.open("div", "class", "pages", "data-label", "Mailboxes page");
        for (int start = 0; start < shown.size(); start += HEAT_MAP_PAGE) {
            out.open("div", "class", "page chart");
            new CoverageHeatMap(out, firstDay, dayCount)
                    .write(shown.subList(start, Math.min(shown.size(), start + HEAT_MAP_PAGE)));
            out.close("div");
        }
        out.close("div");
    }

    /** The investigation period, else the span of the records; null when there is neither. */
    static Instant[] period(InvestigationResult result) {
        if (result.periodStart() != null && result.periodEnd() != null) {
            return new Instant[]{result.periodStart(), result.periodEnd()};
        }
        Instant first = result.mailboxes().stream().map(MailboxInvestigation::firstRecord).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Instant last = result.mailboxes().stream().map(MailboxInvestigation::lastRecord).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return first == null ? null : new Instant[]{first, last.plusSeconds(1)};
    }
}
