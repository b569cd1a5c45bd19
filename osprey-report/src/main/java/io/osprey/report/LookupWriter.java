package io.osprey.report;

import io.osprey.analysis.lookup.AppInvestigation;
import io.osprey.analysis.lookup.MessageAccessRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes the reverse message lookup and the app investigation. */
public final class LookupWriter {
    public static final String MESSAGE_LOOKUP = "message_lookup.csv";
    public static final String APP_MAILBOXES = "app_mailboxes.csv";
    public static final String APP_MESSAGES = "app_messages.csv";
    public static final String APP_SYNC_EVENTS = "app_sync_events.csv";

    private static final List<String> LOOKUP_HEADER = List.of("RequestedId", "Found", "Mailbox", "InternetMessageId",
            "FolderPath", "FirstAccessUtc", "LastAccessUtc", "AccessCount", "ContextId", "Attribution", "UserId",
            "ClientIp", "SessionId", "AppId", "ClientAppId", "ClientInfoString", "EvidenceRecordIds");
    private static final List<String> APP_MAILBOX_HEADER = List.of("AppId", "AppName", "Mailbox", "Attribution",
            "FirstSeenUtc", "LastSeenUtc", "Records", "BindRecords", "SyncRecords", "SyncedFolders", "Messages",
            "ContextIds");
    private static final List<String> APP_MESSAGE_HEADER = List.of("AppId", "Mailbox", "InternetMessageId",
            "FolderPath", "FirstAccessUtc", "LastAccessUtc", "AccessCount", "Attribution", "ContextIds",
            "EvidenceRecordIds");
    private static final List<String> APP_SYNC_HEADER = List.of("Id", "AppId", "CreationTimeUtc", "Folders",
            "ContextId", "IsThrottled");

    private LookupWriter() {
    }

    /** message_lookup.csv: one row per requested message and accessing context; unknown ids with Found false. */
    public static Path writeMessageLookup(List<MessageAccessRow> rows, Path outDir) throws IOException {
        Path file = outDir.resolve(MESSAGE_LOOKUP);
        try (CsvTable table = new CsvTable(file, LOOKUP_HEADER)) {
            for (MessageAccessRow row : rows) {
                table.row(row.requestedId(), row.found(), row.mailbox(), row.internetMessageId(),
                        Cells.list(row.folderPaths()), Cells.time(row.firstAccess()), Cells.time(row.lastAccess()),
                        row.found() ? row.accessCount() : null, row.contextId(),
                        row.attribution() == null ? null : row.attribution().label(), row.userId(), row.clientIp(),
                        row.sessionId(), row.appId(), row.clientAppId(), row.clientInfoString(),
                        Cells.ids(row.recordIds()));
            }
            table.complete();
        }
        return file;
    }

    /** app_mailboxes.csv, app_messages.csv and app_sync_events.csv for one application. */
    public static List<Path> writeAppInvestigation(AppInvestigation.Result app, Path outDir) throws IOException {
        Path mailboxes = outDir.resolve(APP_MAILBOXES);
        try (CsvTable table = new CsvTable(mailboxes, APP_MAILBOX_HEADER)) {
            for (AppInvestigation.AppMailbox mailbox : app.mailboxes()) {
                table.row(app.appId(), app.appName(), mailbox.mailbox(), mailbox.attribution().label(),
                        Cells.time(mailbox.firstSeen()), Cells.time(mailbox.lastSeen()), mailbox.records(),
                        mailbox.bindRecords(), mailbox.syncRecords(), Cells.list(mailbox.syncedFolders()),
                        mailbox.messages(), Cells.ids(mailbox.contextIds()));
            }
            table.complete();
        }
        Path messages = outDir.resolve(APP_MESSAGES);
        try (CsvTable table = new CsvTable(messages, APP_MESSAGE_HEADER)) {
            for (AppInvestigation.AppMessage message : app.messages()) {
                table.row(app.appId(), message.mailbox(), message.internetMessageId(), Cells.list(message.folderPaths()),
                        Cells.time(message.firstAccess()), Cells.time(message.lastAccess()), message.accessCount(),
                        message.attribution().label(), Cells.ids(message.contextIds()), Cells.ids(message.recordIds()));
            }
            table.complete();
        }
        Path syncs = outDir.resolve(APP_SYNC_EVENTS);
        try (CsvTable table = new CsvTable(syncs, APP_SYNC_HEADER)) {
            for (var record : app.syncRecords()) {
                table.row(record.recordId(), app.appId(), Cells.time(record.time()), record.folders(),
                        record.contextId(), record.throttled());
            }
            table.complete();
        }
        return List.of(mailboxes, messages, syncs);
    }
}
