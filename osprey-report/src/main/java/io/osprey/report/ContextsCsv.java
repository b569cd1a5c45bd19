package io.osprey.report;

import io.osprey.analysis.AccessContext;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.Reason;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** contexts.csv: every access context, ranked (attacker, then suspicious by score, then user). */
final class ContextsCsv {
    static final List<String> HEADER = List.of("ContextId", "Mailbox", "Attribution", "Score", "Reasons",
            "ReasonCodes", "UserId", "ClientIp", "Network", "SessionId", "AppId", "ClientAppId", "ClientInfoString",
            "LogonType", "FirstSeenUtc", "LastSeenUtc", "RecordCount", "BindRecords", "SyncRecords",
            "ThrottledRecords", "ItemsAccessed", "SyncedFolders", "Asn", "AsOrganization", "Country",
            "HostingProvider", "Anonymizer");

    private ContextsCsv() {
    }

    static void write(InvestigationResult result, Path file) throws IOException {
        try (CsvTable table = new CsvTable(file, HEADER)) {
            for (AccessContext context : result.rankedContexts()) {
                var info = context.networkInfo();
                table.row(context.contextId(), context.mailbox(), context.attribution().label(), context.score(),
                        Cells.list(context.reasons().stream().map(Reason::text).toList()),
                        Cells.ids(context.reasons().stream().map(Reason::code).toList()), context.userId(),
                        context.clientIp(), context.network(), context.sessionId(), context.appId(),
                        context.clientAppId(), context.clientInfoString(), context.logonType(),
                        Cells.time(context.firstSeen()), Cells.time(context.lastSeen()), context.recordCount(),
                        context.bindRecords(), context.syncRecords(), context.throttledRecords(),
                        context.itemsAccessed(), Cells.list(context.syncedFolders()), info.asn(),
                        info.asOrganization(), info.countryCode(), info.hostingProvider(),
                        Cells.list(info.anonymizerKinds()));
            }
            table.complete();
        }
    }
}
