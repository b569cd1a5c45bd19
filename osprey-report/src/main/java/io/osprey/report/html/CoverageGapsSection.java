package io.osprey.report.html;

import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.verdict.CollectionGaps;
import io.osprey.model.CoverageGap;
import io.osprey.report.ReportData;

import java.util.List;

/** The collection gaps: what {@code osprey collect} could not acquire in the period (only when there are any). */
final class CoverageGapsSection {
    private CoverageGapsSection() {
    }

    static void write(HtmlOut out, ReportData data) {
        InvestigationResult result = data.input().investigation();
        List<CoverageGap> gaps = result.coverageGaps();
        if (gaps.isEmpty()) {
            return;
        }
        out.open("section", "id", "collection-gaps").element("h2", "Collection gaps");
        out.element("p", gaps.size() + " part(s) of the acquisition could not be collected in full (CASE/acquisition"
                + ".json). Where a gap can hide MailItemsAccessed records, a mailbox without other records in that"
                + " time was not audited then: nothing can be ruled out, and its caveats say so.", "class", "note");
        DataTable table = new DataTable(out, "collection-gaps-table", List.of(DataTable.Header.select("Source"),
                DataTable.Header.text("From"), DataTable.Header.text("To"), DataTable.Header.text("Unit"),
                DataTable.Header.select("Hides mail access"), DataTable.Header.select("In the period"),
                DataTable.Header.text("Reason")), 50);
        for (CoverageGap gap : gaps) {
            table.startRow().cell(gap.source()).cell(gap.timed() ? Times.display(gap.start()) : "")
                    .cell(gap.timed() ? Times.display(gap.end()) : "").mono(gap.unit(), 120)
                    .cell(gap.hidesMailAccess() ? "yes" : "no").cell(CollectionGaps.inPeriod(result, gap) ? "yes" : "no")
                    .cell(gap.reason()).endRow();
        }
        table.end(gaps.size(), gaps.size(), "summary.json");
        out.close("section");
    }
}
