package io.osprey.report;

import io.osprey.analysis.AccessContext;
import io.osprey.analysis.AccessRecord;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.model.MailAccessType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * sync_events.csv and bind_events.csv: every Sync or Bind record, with its context and attribution. Like
 * Sparrow's exports, the first column is the audit record id.
 */
final class AccessEventsCsv {
    static final List<String> HEADER = List.of("Id", "CreationTimeUtc", "Mailbox", "Folders", "ItemCount",
            "OperationCount", "ContextId", "Attribution", "UserId", "ClientIp", "SessionId", "ClientInfoString",
            "AppId", "ClientAppId", "LogonType", "IsThrottled", "Degraded");

    private AccessEventsCsv() {
    }

    /** @param sync true for sync_events.csv (Sync records), false for bind_events.csv (every other record) */
    static void write(InvestigationResult result, Path file, boolean sync) throws IOException {
        try (CsvTable table = new CsvTable(file, HEADER)) {
            for (MailboxInvestigation mailbox : result.mailboxes()) {
                Map<String, AccessContext> contexts = mailbox.contextsById();
                for (AccessRecord record : mailbox.records()) {
                    if ((record.accessType() == MailAccessType.SYNC) == sync) {
                        row(table, mailbox.mailbox(), record, contexts.get(record.contextId()));
                    }
                }
            }
            table.complete();
        }
    }

    private static void row(CsvTable table, String mailbox, AccessRecord record, AccessContext context) {
        table.row(record.recordId(), Cells.time(record.time()), mailbox, record.folders(), record.itemCount(),
                record.operationCount(), record.contextId(), context.attribution().label(), context.userId(),
                context.clientIp(), context.sessionId(), context.clientInfoString(), context.appId(),
                context.clientAppId(), context.logonType(), record.throttled(), record.degraded());
    }
}
