package io.osprey.report.html;

import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.Verdict;
import io.osprey.report.ReportData;

import java.util.List;

/** How the answers were reached and what limits them. */
final class MethodSection {
    private static final List<String> LIMITS = List.of(
            "Throttling: when a mailbox produces more than about 1,000 MailItemsAccessed records in 24 hours,"
                    + " Exchange stops auditing its access for 24 hours and marks the record that triggered it"
                    + " with IsThrottled. Osprey treats the 24 hours after every such record as unaudited; a"
                    + " mailbox under investigation that was throttled is assumed fully compromised.",
            "Lower-bound counts: access counts add up what the records list; aggregation and suppression"
                    + " (above) mean the true number of accesses is at least this, not exactly this.",
            "Sync exposure: a Sync record names a folder, not messages. Every message in a folder the attacker"
                    + " synced counts as exposed; messages are listed where the audit log or a message trace"
                    + " shows they were there.",
            "Notification list: message trace rows are matched to the mailbox by its UPN; mail addressed to"
                    + " other aliases of the mailbox is not found. A trace has no folders, so a sync of the Inbox"
                    + " stands for the mail the mailbox received up to the sync, of Sent Items for the mail it sent,"
                    + " and of the whole mailbox for both.");

    private MethodSection() {
    }

    static void write(HtmlOut out, ReportData data) {
        InvestigationResult result = data.input().investigation();
        out.open("section", "id", "method").element("h2", "Method and caveats");
        out.element("p", "Osprey reads the Unified Audit Log's MailItemsAccessed records, groups each mailbox's"
                + " records into access contexts (session, client IP, client, acting user, application, logon"
                + " type), attributes contexts to the attacker by the indicators given (IP addresses, networks,"
                + " sessions, applications, user agents, users) and, without indicators, ranks suspicious contexts"
                + " by rules against each mailbox's baseline. Bind records list the messages a context opened; Sync"
                + " records expose whole folders. Every row in the outputs carries the audit record ids behind it.");
        out.element("h3", "Verdicts, worst first").open("dl", "class", "definitions");
        for (Verdict verdict : Verdict.values()) {
            out.open("dt").open("span", "class", Palette.cssClass(verdict)).text(Palette.label(verdict))
                    .close("span").close("dt").element("dd", definition(verdict));
        }
        out.close("dl").element("h3", "Caveats").open("ul", "class", "caveats");
        for (String caveat : result.caveats()) {
            out.element("li", caveat);
        }
        for (String limit : LIMITS) {
            out.element("li", limit);
        }
        out.close("ul");
        out.element("p", "All times are UTC. Indicators: " + (result.iocs().isEmpty() ? "none"
                : String.join(", ", result.iocs().stream().map(ioc -> ioc.text()).toList())) + ". Suspicion rules "
                + (result.heuristicsRan() ? "ran" : "did not run") + ".", "class", "note");
        out.close("section");
    }

    private static String definition(Verdict verdict) {
        return switch (verdict) {
            case ASSUME_FULL_COMPROMISE -> "Throttled while under investigation, or the attacker synced every"
                    + " folder seen in the mailbox: assume every message was exposed.";
            case FOLDERS_SYNCED -> "The attacker synced some folders: all their items count as exposed.";
            case MESSAGES_ACCESSED -> "The attacker bound (opened) the listed messages.";
            case NOT_AUDITED -> "No MailItemsAccessed data covers the period, so nothing can be ruled out.";
            case NO_EVIDENCE_OF_ACCESS -> "Audited, and no attacker access was found.";
        };
    }
}
