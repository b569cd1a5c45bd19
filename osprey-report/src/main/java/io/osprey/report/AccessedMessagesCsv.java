package io.osprey.report;

import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.analysis.MessageExposure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** accessed_messages.csv: one row per mailbox and normalized InternetMessageId. */
final class AccessedMessagesCsv {
    static final List<String> HEADER = List.of("Mailbox", "InternetMessageId", "FolderPath", "FirstAccessUtc",
            "LastAccessUtc", "AccessCount", "Attribution", "ContextIds", "EvidenceRecordIds", "Exposure",
            "AccessedByUser", "InAttackerSyncedFolder", "SizeInBytes", "MessageKey");

    private AccessedMessagesCsv() {
    }

    static void write(InvestigationResult result, Path file) throws IOException {
        try (CsvTable table = new CsvTable(file, HEADER)) {
            for (MailboxInvestigation mailbox : result.mailboxes()) {
                for (MessageExposure message : mailbox.messages()) {
                    table.row(message.mailbox(), message.internetMessageId(), Cells.list(message.folderPaths()),
                            Cells.time(message.firstAccess()), Cells.time(message.lastAccess()), message.accessCount(),
                            message.attribution().label(),
                            Cells.ids(message.accesses().stream().map(access -> access.contextId()).toList()),
                            Cells.ids(message.evidenceRecordIds()), message.exposure(), message.accessedByUser(),
                            message.inAttackerSyncedFolder(), message.sizeInBytes(), message.messageKey());
                }
            }
            table.complete();
        }
    }
}
