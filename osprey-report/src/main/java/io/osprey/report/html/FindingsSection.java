package io.osprey.report.html;

import io.osprey.report.ReportData;
import io.osprey.rules.Finding;
import io.osprey.rules.HuntResult;
import io.osprey.rules.Level;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The hunt's findings by level, most severe first. */
final class FindingsSection {
    private static final int SHOWN_EVIDENCE_IDS = 3;

    private FindingsSection() {
    }

    static void write(HtmlOut out, ReportData data) {
        out.open("section", "id", "findings").element("h2", "Hunt findings");
        HuntResult hunt = data.input().hunt();
        if (hunt == null) {
            out.element("p", "The hunt has not run on this case (osprey hunt CASE).", "class", "note")
                    .close("section");
            return;
        }
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        hunt.findings().forEach(finding -> counts.merge(finding.level(), 1, Integer::sum));
        out.element("p", Times.count(hunt.findings().size()) + " finding(s) from " + hunt.checks().size()
                + " rules and checks over " + Times.count(hunt.eventsScanned()) + " events.", "class", "note");
        out.open("div", "class", "cards");
        for (Level level : List.of(Level.CRITICAL, Level.HIGH, Level.MEDIUM, Level.LOW, Level.INFORMATIONAL)) {
            out.open("div", "class", "card", "style", "border-left-color:" + Palette.color(level))
                    .element("div", Times.count(counts.getOrDefault(level, 0)), "class", "value")
                    .element("div", level.text(), "class", "label").close("div");
        }
        out.close("div");
        List<Finding> findings = hunt.findings().stream().sorted(Comparator.comparing(Finding::level).reversed()
                .thenComparing(Finding::time, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        DataTable table = new DataTable(out, "findings-table", List.of(DataTable.Header.select("Level"),
                DataTable.Header.text("Time"), DataTable.Header.select("Rule"), DataTable.Header.text("Title"),
                DataTable.Header.text("User"), DataTable.Header.text("Mailbox"), DataTable.Header.text("Details"),
                DataTable.Header.text("Evidence records")), 25);
        int written = 0;
        for (Finding finding : findings) {
            if (written++ == DataTable.MAX_ROWS) {
                break;
            }
            table.startRow().badge(finding.level().text(), "level level-" + finding.level().text())
                    .time(finding.time()).mono(finding.ruleId(), 60).clipped(finding.title(), 120)
                    .mailbox(finding.user()).mailbox(finding.mailbox());
            table.openCell(null);
            details(out, finding.fields());
            table.closeCell().mono(evidence(finding.evidenceRecordIds()), 200).endRow();
        }
        table.end(findings.size(), Math.min(findings.size(), DataTable.MAX_ROWS),
                "hunt/findings.json and report.xlsx");
        out.close("section");
    }

    private static void details(HtmlOut out, Map<String, String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        out.open("ul", "class", "reasons");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            out.open("li").open("b").text(field.getKey()).close("b").text(": ").clipped(field.getValue(), 160)
                    .close("li");
        }
        out.close("ul");
    }

    private static String evidence(List<String> ids) {
        if (ids.size() <= SHOWN_EVIDENCE_IDS) {
            return String.join(" ", ids);
        }
        return String.join(" ", ids.subList(0, SHOWN_EVIDENCE_IDS)) + " (+" + (ids.size() - SHOWN_EVIDENCE_IDS)
                + " more)";
    }
}
