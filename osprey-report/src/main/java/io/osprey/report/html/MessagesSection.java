package io.osprey.report.html;

import io.osprey.analysis.Attribution;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.analysis.MessageExposure;
import io.osprey.report.ReportData;
import io.osprey.report.messagetrace.TracedMessage;

import java.util.List;

/**
 * The messages attacker and suspicious contexts accessed, with subject and sender where the message trace knows
 * them. Messages only the mailbox's own contexts accessed are counted, not listed (the CSV and XLSX list them).
 */
final class MessagesSection {
    private MessagesSection() {
    }

    static void write(HtmlOut out, ReportData data) {
        List<MailboxInvestigation> mailboxes = data.input().investigation().mailboxes();
        long exposed = 0;
        long userOnly = 0;
        for (MailboxInvestigation mailbox : mailboxes) {
            for (MessageExposure message : mailbox.messages()) {
                if (message.attribution() == Attribution.USER) {
                    userOnly++;
                } else {
                    exposed++;
                }
            }
        }
        out.open("section", "id", "messages").element("h2", "Accessed messages");
        out.element("p", Times.count(exposed) + " message(s) accessed by attacker or suspicious contexts (counts are"
                + " lower bounds: see Method and caveats). " + Times.count(userOnly) + " more were accessed only by"
                + " the mailboxes' own contexts and are listed in investigation/accessed_messages.csv and"
                + " report.xlsx." + (data.trace().size() == 0 ? " No message trace was given, so subjects and"
                + " senders are unknown." : ""), "class", "note");
        DataTable table = new DataTable(out, "messages-table", List.of(DataTable.Header.text("Mailbox"),
                DataTable.Header.text("Subject"), DataTable.Header.text("Sender"),
                DataTable.Header.text("InternetMessageId"), DataTable.Header.text("Folder"),
                DataTable.Header.text("First access"), DataTable.Header.text("Last access"),
                DataTable.Header.number("Accesses"), DataTable.Header.select("Attribution"),
                DataTable.Header.select("Exposure"), DataTable.Header.select("Also read by user"),
                DataTable.Header.number("Size")), 25);
        long written = 0;
        for (MailboxInvestigation mailbox : mailboxes) {
            for (MessageExposure message : mailbox.messages()) {
                if (message.attribution() == Attribution.USER || written >= DataTable.MAX_ROWS) {
                    continue;
                }
                written++;
                TracedMessage traced = data.trace().byKey(message.messageKey()).orElse(null);
                table.startRow().mailbox(message.mailbox()).clipped(traced == null ? "" : traced.subject(), 140)
                        .clipped(traced == null ? "" : traced.sender(), 60).mono(message.internetMessageId(), 90)
                        .clipped(String.join("; ", message.folderPaths()), 80).time(message.firstAccess())
                        .time(message.lastAccess()).number((long) message.accessCount())
                        .attribution(message.attribution()).cell(message.exposure())
                        .cell(message.accessedByUser() ? "yes" : "no").number(message.sizeInBytes()).endRow();
            }
        }
        table.end(exposed, written, "investigation/accessed_messages.csv and report.xlsx");
        out.close("section");
    }
}
