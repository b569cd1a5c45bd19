package io.osprey.report.notification;

import io.osprey.report.Cells;
import io.osprey.report.CsvTable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** notification_list.csv: one row per mailbox and exposed message; cells spreadsheet-safe. */
public final class NotificationCsv {
    public static final List<String> HEADER = List.of("InternetMessageId", "Mailbox", "ReceivedUtc", "Sender",
            "Recipients", "Subject", "SizeInBytes", "Exposure", "Attribution", "ExposedUtc", "Folders",
            "InMessageTrace", "EvidenceRecordIds");

    private NotificationCsv() {
    }

    public static void write(List<NotificationRow> rows, Path file) throws IOException {
        try (CsvTable table = new CsvTable(file, HEADER)) {
            for (NotificationRow row : rows) {
                table.row(row.internetMessageId(), row.mailbox(), Cells.time(row.received()), row.sender(),
                        String.join("; ", row.recipients()), row.subject(), row.sizeInBytes(), row.exposure(),
                        row.attribution().label(), Cells.time(row.exposedAt()), row.folders(), row.inMessageTrace(),
                        Cells.ids(row.evidenceRecordIds()));
            }
            table.complete();
        }
    }
}
