package io.osprey.report.html;

import io.osprey.analysis.AccessContext;
import io.osprey.analysis.Attribution;
import io.osprey.analysis.Reason;
import io.osprey.report.ReportData;

import java.util.List;

/** The access contexts, attacker first, then suspicious by score, then the mailboxes' own, with their reasons. */
final class ContextsSection {
    /** User contexts listed at most (every attacker and suspicious one is listed). */
    static final int MAX_USER_CONTEXTS = 1_000;

    private ContextsSection() {
    }

    static void write(HtmlOut out, ReportData data) {
        List<AccessContext> contexts = data.input().investigation().rankedContexts();
        long attacker = contexts.stream().filter(context -> context.attribution() == Attribution.ATTACKER).count();
        long suspicious = contexts.stream().filter(context -> context.attribution() == Attribution.SUSPICIOUS)
                .count();
        out.open("section", "id", "contexts").element("h2", "Access contexts");
        out.element("p", "A context is one combination of session, client IP, client, acting user, application"
                + " and logon type within a mailbox. " + attacker + " attacker, " + suspicious + " suspicious and "
                + (contexts.size() - attacker - suspicious) + " user context(s).", "class", "note");
        DataTable table = new DataTable(out, "contexts-table", List.of(DataTable.Header.select("Attribution"),
                DataTable.Header.text("Mailbox"), DataTable.Header.number("Score"), DataTable.Header.text("Reasons"),
                DataTable.Header.text("Client IP"), DataTable.Header.text("Session"),
                DataTable.Header.text("Acting user"), DataTable.Header.text("Application"),
                DataTable.Header.text("Client"), DataTable.Header.select("Logon"),
                DataTable.Header.text("First seen"), DataTable.Header.text("Last seen"),
                DataTable.Header.number("Records"), DataTable.Header.number("Items"),
                DataTable.Header.text("Synced folders")), 25);
        int written = 0;
        int users = 0;
        for (AccessContext context : contexts) {
            boolean user = context.attribution() == Attribution.USER;
            if (written == DataTable.MAX_ROWS || user && users == MAX_USER_CONTEXTS) {
                break;
            }
            written++;
            users += user ? 1 : 0;
            table.startRow().attribution(context.attribution()).mailbox(context.mailbox())
                    .number((long) context.score());
            table.openCell(null);
            reasons(out, context.reasons());
            table.closeCell().mono(clientIp(context), 60).mono(context.sessionId(), 40)
                    .mono(context.userId(), 60).mono(application(context), 80).clipped(context.clientInfoString(), 120)
                    .cell(context.logonType()).time(context.firstSeen()).time(context.lastSeen())
                    .number((long) context.recordCount()).number(context.itemsAccessed())
                    .clipped(String.join("; ", context.syncedFolders()), 80).endRow();
        }
        table.end(contexts.size(), written, "investigation/contexts.csv and report.xlsx");
        out.close("section");
    }

    private static void reasons(HtmlOut out, List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        out.open("ul", "class", "reasons");
        for (Reason reason : reasons) {
            out.element("li", SummarySection.sentence(reason.text()), "title", reason.code());
        }
        out.close("ul");
    }

    private static String clientIp(AccessContext context) {
        String ip = context.clientIp() == null ? "" : context.clientIp();
        var info = context.networkInfo();
        StringBuilder text = new StringBuilder(ip);
        if (info.countryCode() != null) {
            text.append(" (").append(info.countryCode()).append(')');
        }
        if (info.asOrganization() != null) {
            text.append(' ').append(info.asOrganization());
        }
        return text.toString();
    }

    private static String application(AccessContext context) {
        if (context.appId() == null && context.clientAppId() == null) {
            return "";
        }
        if (context.clientAppId() == null || context.clientAppId().equalsIgnoreCase(context.appId())) {
            return context.appId();
        }
        return (context.appId() == null ? "" : context.appId()) + " / client " + context.clientAppId();
    }
}
