package io.osprey.report;

import io.osprey.report.html.HtmlReport;
import io.osprey.report.messagetrace.TracedMessages;
import io.osprey.report.notification.NotificationCsv;
import io.osprey.report.notification.NotificationList;
import io.osprey.report.notification.NotificationRow;
import io.osprey.report.timeline.TimelineCounts;
import io.osprey.report.timeline.TimelineWriter;
import io.osprey.report.xlsx.WorkbookWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code osprey report}: writes the human report into CASE/reports/ from the investigation, the hunt, the
 * evidence manifest, message trace rows and the case's events:
 * <pre>
 * report.html                  the self-contained HTML report
 * report.xlsx                  one sheet per table
 * notification_list.csv        exposed messages joined to the message trace
 * timeline/timesketch.csv      Timesketch import (CSV)
 * timeline/timesketch.jsonl    Timesketch import (JSON lines)
 * timeline/sof-elk.jsonl       the records' AuditData, one per line, for SOF-ELK
 * </pre>
 * Each file appears complete or not at all; the events are iterated once.
 */
public final class ReportBuilder {
    public static final String HTML = "report.html";
    public static final String WORKBOOK = "report.xlsx";
    public static final String NOTIFICATION_LIST = "notification_list.csv";
    public static final String TIMELINE_DIR = "timeline";

    private ReportBuilder() {
    }

    public static ReportFiles write(ReportInput input, Path reportsDir) throws IOException {
        Files.createDirectories(reportsDir);
        TracedMessages trace = TracedMessages.of(input.messageTrace());
        List<NotificationRow> notifications = NotificationList.build(input.investigation(), trace);
        ReportData data = new ReportData(input, trace, notifications);
        Path timelineDir = reportsDir.resolve(TIMELINE_DIR);
        Files.createDirectories(timelineDir);
        TimelineCounts timeline = TimelineWriter.write(input.events(), input.investigation(), input.hunt(),
                timelineDir);
        NotificationCsv.write(notifications, reportsDir.resolve(NOTIFICATION_LIST));
        WorkbookWriter.write(data, reportsDir.resolve(WORKBOOK));
        HtmlReport.write(data, reportsDir.resolve(HTML));
        return new ReportFiles(reportsDir.resolve(HTML), reportsDir.resolve(WORKBOOK),
                timelineDir.resolve(TimelineWriter.TIMESKETCH_CSV), timelineDir.resolve(TimelineWriter.TIMESKETCH_JSONL),
                timelineDir.resolve(TimelineWriter.SOF_ELK_JSONL), reportsDir.resolve(NOTIFICATION_LIST),
                notifications.size(), trace.size(), timeline);
    }
}
