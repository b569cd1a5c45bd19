package io.osprey.report;

import io.osprey.report.messagetrace.TracedMessages;
import io.osprey.report.notification.NotificationRow;

import java.util.List;

/**
 * The report's input with what is derived from it once and shared by the HTML report and the workbook.
 *
 * @param trace         the message trace folded into messages
 * @param notifications the notification list
 */
public record ReportData(ReportInput input, TracedMessages trace, List<NotificationRow> notifications) {
    public ReportData {
        notifications = List.copyOf(notifications);
    }
}
