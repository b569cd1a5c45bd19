package io.osprey.report;

import io.osprey.report.timeline.TimelineCounts;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ReportBuilder#write} wrote.
 *
 * @param notificationRows  rows of the notification list
 * @param tracedMessages    distinct messages in the message trace rows
 * @param timeline          what the timeline exports hold
 */
public record ReportFiles(Path html, Path workbook, Path timesketchCsv, Path timesketchJsonl, Path sofElkJsonl,
                          Path notificationList, int notificationRows, int tracedMessages, TimelineCounts timeline) {
    public List<Path> all() {
        return List.of(html, workbook, timesketchCsv, timesketchJsonl, sofElkJsonl, notificationList);
    }
}
