package io.osprey.report.xlsx;

import io.osprey.analysis.AccessContext;
import io.osprey.analysis.AccessRecord;
import io.osprey.analysis.Attribution;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.analysis.MessageExposure;
import io.osprey.analysis.ProbableThrottle;
import io.osprey.analysis.Reason;
import io.osprey.analysis.TimeWindow;
import io.osprey.model.MailAccessType;
import io.osprey.report.messagetrace.TracedMessage;
import io.osprey.report.messagetrace.TracedMessages;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.util.List;
import java.util.Map;

/** The investigation's sheets: summary, accessed messages, contexts, throttled windows and syncs. */
final class InvestigationSheets {
    private final SXSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final InvestigationResult result;

    InvestigationSheets(SXSSFWorkbook workbook, WorkbookStyles styles, InvestigationResult result) {
        this.workbook = workbook;
        this.styles = styles;
        this.result = result;
    }

    void summary() {
        SheetTable table = new SheetTable(workbook, styles, "Summary", List.of(Column.of("Mailbox"),
                Column.of("Verdict"), Column.wide("Reasons"), Column.of("UnderInvestigation"),
                Column.of("AttackerAccessedMessages"), Column.of("SuspiciousAccessedMessages"),
                Column.of("AccessedMessages"), Column.of("AttackerSyncedFolders"), Column.of("MailboxSynced"),
                Column.of("ThrottledWindows"), Column.of("Records"), Column.of("DegradedRecords"),
                Column.time("FirstRecordUtc"), Column.time("LastRecordUtc"), Column.of("AttackerContexts"),
                Column.of("SuspiciousContexts"), Column.of("UserContexts"), Column.wide("Caveats")));
        for (MailboxInvestigation mailbox : result.mailboxes()) {
            table.row(mailbox.mailbox(), mailbox.verdict().name(), String.join("; ", mailbox.reasons()),
                    mailbox.underInvestigation(), mailbox.attackerAccessedMessages(),
                    mailbox.suspiciousAccessedMessages(), mailbox.messages().size(),
                    String.join("; ", mailbox.attackerSyncedFolders()), mailbox.mailboxSynced(),
                    mailbox.throttledWindows().size(), mailbox.records().size(), mailbox.degradedRecords(),
                    mailbox.firstRecord(), mailbox.lastRecord(), count(mailbox, Attribution.ATTACKER),
                    count(mailbox, Attribution.SUSPICIOUS), count(mailbox, Attribution.USER),
                    String.join(" ", mailbox.caveats()));
        }
        table.finish();
    }

    private static long count(MailboxInvestigation mailbox, Attribution attribution) {
        return mailbox.contexts().stream().filter(context -> context.attribution() == attribution).count();
    }

    void accessedMessages(TracedMessages trace) {
        SheetTable table = new SheetTable(workbook, styles, "Accessed messages", List.of(Column.of("Mailbox"),
                Column.wide("InternetMessageId"), Column.of("FolderPath"), Column.time("FirstAccessUtc"),
                Column.time("LastAccessUtc"), Column.of("AccessCount"), Column.of("Attribution"),
                Column.of("Exposure"), Column.of("AccessedByUser"), Column.of("InAttackerSyncedFolder"),
                Column.of("SizeInBytes"), Column.wide("Subject"), Column.of("Sender"), Column.time("ReceivedUtc"),
                Column.of("ContextIds"), Column.wide("EvidenceRecordIds")));
        for (MailboxInvestigation mailbox : result.mailboxes()) {
            for (MessageExposure message : mailbox.messages()) {
                TracedMessage traced = trace.byKey(message.messageKey()).orElse(null);
                table.row(message.mailbox(), message.internetMessageId(), String.join("; ", message.folderPaths()),
                        message.firstAccess(), message.lastAccess(), message.accessCount(),
                        message.attribution().label(), message.exposure(), message.accessedByUser(),
                        message.inAttackerSyncedFolder(), message.sizeInBytes(),
                        traced == null ? null : traced.subject(), traced == null ? null : traced.sender(),
                        traced == null ? null : traced.received(),
                        String.join(";", message.accesses().stream().map(access -> access.contextId()).toList()),
                        String.join(";", message.evidenceRecordIds()));
            }
        }
        table.finish();
    }

    void contexts() {
        SheetTable table = new SheetTable(workbook, styles, "Contexts", List.of(Column.of("ContextId"),
                Column.of("Mailbox"), Column.of("Attribution"), Column.of("Score"), Column.wide("Reasons"),
                Column.of("UserId"), Column.of("ClientIp"), Column.of("Network"), Column.of("SessionId"),
                Column.of("AppId"), Column.of("ClientAppId"), Column.wide("ClientInfoString"),
                Column.of("LogonType"), Column.time("FirstSeenUtc"), Column.time("LastSeenUtc"),
                Column.of("RecordCount"), Column.of("BindRecords"), Column.of("SyncRecords"),
                Column.of("ThrottledRecords"), Column.of("ItemsAccessed"), Column.of("SyncedFolders"),
                Column.of("Asn"), Column.of("AsOrganization"), Column.of("Country")));
        for (AccessContext context : result.rankedContexts()) {
            var info = context.networkInfo();
            table.row(context.contextId(), context.mailbox(), context.attribution().label(), context.score(),
                    String.join("; ", context.reasons().stream().map(Reason::text).toList()), context.userId(),
                    context.clientIp(), context.network(), context.sessionId(), context.appId(),
                    context.clientAppId(), context.clientInfoString(), context.logonType(), context.firstSeen(),
                    context.lastSeen(), context.recordCount(), context.bindRecords(), context.syncRecords(),
                    context.throttledRecords(), context.itemsAccessed(), String.join("; ", context.syncedFolders()),
                    info.asn(), info.asOrganization(), info.countryCode());
        }
        table.finish();
    }

    void throttledWindows() {
        SheetTable table = new SheetTable(workbook, styles, "Throttled windows", List.of(Column.of("Mailbox"),
                Column.of("Kind"), Column.time("StartUtc"), Column.time("EndUtc"), Column.of("UnderInvestigation"),
                Column.wide("Detail")));
        for (MailboxInvestigation mailbox : result.mailboxes()) {
            for (TimeWindow window : mailbox.throttledWindows()) {
                table.row(mailbox.mailbox(), "throttled", window.start(), window.end(), mailbox.underInvestigation(),
                        "24 hours after each record with IsThrottled true, merged");
            }
            for (ProbableThrottle probable : mailbox.probableThrottling()) {
                table.row(mailbox.mailbox(), "probable", probable.assumedUnaudited().start(),
                        probable.assumedUnaudited().end(), mailbox.underInvestigation(),
                        probable.recordsInPrevious24h() + " records in the previous 24 hours, then no Bind record "
                                + (probable.nextBindRecord() == null ? "until the end of the data"
                                : "until " + probable.nextBindRecord()));
            }
        }
        table.finish();
    }

    void syncs() {
        SheetTable table = new SheetTable(workbook, styles, "Syncs", List.of(Column.of("Id"),
                Column.time("CreationTimeUtc"), Column.of("Mailbox"), Column.of("Folders"), Column.of("ItemCount"),
                Column.of("ContextId"), Column.of("Attribution"), Column.of("UserId"), Column.of("ClientIp"),
                Column.of("SessionId"), Column.wide("ClientInfoString"), Column.of("AppId"),
                Column.of("IsThrottled"), Column.of("Degraded")));
        for (MailboxInvestigation mailbox : result.mailboxes()) {
            Map<String, AccessContext> contexts = mailbox.contextsById();
            for (AccessRecord record : mailbox.records()) {
                if (record.accessType() != MailAccessType.SYNC) {
                    continue;
                }
                AccessContext context = contexts.get(record.contextId());
                table.row(record.recordId(), record.time(), mailbox.mailbox(), record.folders(), record.itemCount(),
                        record.contextId(), context.attribution().label(), context.userId(), context.clientIp(),
                        context.sessionId(), context.clientInfoString(), context.appId(), record.throttled(),
                        record.degraded());
            }
        }
        table.finish();
    }
}
