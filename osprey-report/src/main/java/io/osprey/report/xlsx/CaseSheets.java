package io.osprey.report.xlsx;

import io.osprey.report.ManifestFile;
import io.osprey.report.ReportData;
import io.osprey.report.notification.NotificationRow;
import io.osprey.rules.Finding;
import io.osprey.rules.HuntResult;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The sheets beyond the investigation: findings, notification list, evidence files and the report's facts. */
final class CaseSheets {
    private final SXSSFWorkbook workbook;
    private final WorkbookStyles styles;

    CaseSheets(SXSSFWorkbook workbook, WorkbookStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
    }

    void findings(HuntResult hunt) {
        SheetTable table = new SheetTable(workbook, styles, "Findings", List.of(Column.of("Level"),
                Column.time("TimeUtc"), Column.of("RuleId"), Column.wide("Title"), Column.of("User"),
                Column.of("Mailbox"), Column.wide("Fields"), Column.wide("EvidenceRecordIds")));
        List<Finding> findings = hunt == null ? List.of() : hunt.findings().stream()
                .sorted(Comparator.comparing(Finding::level).reversed()).toList();
        for (Finding finding : findings) {
            table.row(finding.level().text(), finding.time(), finding.ruleId(), finding.title(), finding.user(),
                    finding.mailbox(), fields(finding.fields()), String.join(";", finding.evidenceRecordIds()));
        }
        table.finish();
    }

    static String fields(Map<String, String> fields) {
        return fields.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("; "));
    }

    void notificationList(List<NotificationRow> rows) {
        SheetTable table = new SheetTable(workbook, styles, "Notification list", List.of(
                Column.wide("InternetMessageId"), Column.of("Mailbox"), Column.time("ReceivedUtc"), Column.of("Sender"),
                Column.wide("Recipients"), Column.wide("Subject"), Column.of("SizeInBytes"), Column.of("Exposure"),
                Column.of("Attribution"), Column.time("ExposedUtc"), Column.of("Folders"),
                Column.of("InMessageTrace"), Column.wide("EvidenceRecordIds")));
        for (NotificationRow row : rows) {
            table.row(row.internetMessageId(), row.mailbox(), row.received(), row.sender(),
                    String.join("; ", row.recipients()), row.subject(), row.sizeInBytes(), row.exposure(),
                    row.attribution().label(), row.exposedAt(), row.folders(), row.inMessageTrace(),
                    String.join(";", row.evidenceRecordIds()));
        }
        table.finish();
    }

    void evidence(List<ManifestFile> files) {
        SheetTable table = new SheetTable(workbook, styles, "Evidence files", List.of(Column.wide("Path"),
                Column.wide("Sha256"), Column.of("Format"), Column.of("RecordsRead"), Column.of("Ingested"),
                Column.of("Duplicates"), Column.of("Rejected"), Column.of("Degraded")));
        for (ManifestFile file : files) {
            table.row(file.path(), file.sha256(), file.format(), file.recordsRead(), file.ingested(),
                    file.duplicates(), file.rejected(), file.degraded());
        }
        table.finish();
    }

    void about(ReportData data) {
        SheetTable table = new SheetTable(workbook, styles, "About", List.of(Column.of("Item"), Column.wide("Value")));
        var input = data.input();
        var result = input.investigation();
        table.row("Case", input.caseName());
        if (input.generatedAt() != null) {
            table.row("Generated (UTC)", input.generatedAt());
        }
        table.row("Period start (UTC)", result.periodStart());
        table.row("Period end (UTC, exclusive)", result.periodEnd());
        table.row("Indicators", String.join(", ", result.iocs().stream().map(ioc -> ioc.text()).toList()));
        table.row("Suspicion rules ran", result.heuristicsRan());
        table.row("Messages in the message trace", data.trace().size());
        for (String caveat : result.caveats()) {
            table.row("Caveat", caveat);
        }
        table.finish();
    }
}
