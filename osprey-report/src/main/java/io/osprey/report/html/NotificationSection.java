package io.osprey.report.html;

import io.osprey.report.ReportData;
import io.osprey.report.notification.NotificationRow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The notification list: whose mail the attacker got, sent by whom, to whom. */
final class NotificationSection {
    private static final int SHOWN_RECIPIENTS = 4;

    private NotificationSection() {
    }

    static void write(HtmlOut out, ReportData data) {
        List<NotificationRow> rows = data.notifications();
        out.open("section", "id", "notification").element("h2", "Notification list");
        long bind = rows.stream().filter(row -> row.exposure().equals("bind")).count();
        long traced = rows.stream().filter(NotificationRow::inMessageTrace).count();
        Set<String> people = new HashSet<>();
        for (NotificationRow row : rows) {
            if (row.sender() != null) {
                people.add(row.sender());
            }
            people.addAll(row.recipients());
        }
        out.element("p", Times.count(rows.size()) + " exposed message(s): " + Times.count(bind) + " bound by the"
                + " attacker, " + Times.count(rows.size() - bind) + " in folders the attacker synced; "
                + Times.count(traced) + " found in the message trace, naming " + Times.count(people.size())
                + " distinct sender and recipient address(es). The full list is notification_list.csv."
                + (data.trace().size() == 0 ? " No message trace was given: only message ids are known, and synced"
                + " folders cannot be resolved to messages." : ""), "class", "note");
        DataTable table = new DataTable(out, "notification-table", List.of(DataTable.Header.text("Mailbox"),
                DataTable.Header.text("Received"), DataTable.Header.text("Sender"),
                DataTable.Header.text("Recipients"), DataTable.Header.text("Subject"),
                DataTable.Header.number("Size"), DataTable.Header.select("Exposure"),
                DataTable.Header.select("Attribution"), DataTable.Header.text("Exposed"),
                DataTable.Header.text("InternetMessageId")), 25);
        int written = 0;
        for (NotificationRow row : rows) {
            if (written++ == DataTable.MAX_ROWS) {
                break;
            }
            table.startRow().mailbox(row.mailbox()).time(row.received()).mono(row.sender(), 60)
                    .mono(recipients(row.recipients()), 200).clipped(row.subject(), 140).number(row.sizeInBytes())
                    .cell(row.exposure()).attribution(row.attribution()).time(row.exposedAt())
                    .mono(row.internetMessageId(), 90).endRow();
        }
        table.end(rows.size(), Math.min(rows.size(), DataTable.MAX_ROWS), "notification_list.csv and report.xlsx");
        out.close("section");
    }

    private static String recipients(List<String> recipients) {
        if (recipients.size() <= SHOWN_RECIPIENTS) {
            return String.join(", ", recipients);
        }
        return String.join(", ", recipients.subList(0, SHOWN_RECIPIENTS)) + " (+"
                + (recipients.size() - SHOWN_RECIPIENTS) + " more)";
    }
}
