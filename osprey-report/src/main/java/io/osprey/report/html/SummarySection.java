package io.osprey.report.html;

import io.osprey.analysis.AccessContext;
import io.osprey.analysis.Attribution;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.analysis.Verdict;
import io.osprey.report.ReportData;
import io.osprey.rules.Finding;
import io.osprey.rules.Level;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The summary: headline figures, the verdict distribution, and every mailbox's verdict worst first with why. */
final class SummarySection {
    private SummarySection() {
    }

    static void write(HtmlOut out, ReportData data) {
        InvestigationResult result = data.input().investigation();
        out.open("section", "id", "summary").element("h2", "Summary");
        cards(out, data);
        verdictBar(out, result.mailboxes());
        table(out, result.mailboxes());
        out.close("section");
    }

    private static void cards(HtmlOut out, ReportData data) {
        InvestigationResult result = data.input().investigation();
        long attention = result.mailboxes().stream()
                .filter(mailbox -> mailbox.verdict().compareTo(Verdict.MESSAGES_ACCESSED) <= 0).count();
        long attackerMessages = result.mailboxes().stream()
                .mapToLong(MailboxInvestigation::attackerAccessedMessages).sum();
        long attackerContexts = result.mailboxes().stream().flatMap(mailbox -> mailbox.contexts().stream())
                .map(AccessContext::attribution).filter(attribution -> attribution == Attribution.ATTACKER).count();
        long severe = data.input().huntResult().map(hunt -> hunt.findings().stream().map(Finding::level)
                .filter(level -> level.compareTo(Level.HIGH) >= 0).count()).orElse(0L);
        out.open("div", "class", "cards");
        card(out, result.mailboxes().size(), "mailboxes analysed", "card");
        card(out, attention, "mailboxes with attacker access", attention > 0 ? "card alarm" : "card good");
        card(out, attackerMessages, "messages accessed by the attacker (lower bound)",
                attackerMessages > 0 ? "card alarm" : "card good");
        card(out, attackerContexts, "attacker access contexts", attackerContexts > 0 ? "card warn" : "card good");
        card(out, severe, "high or critical hunt findings", severe > 0 ? "card warn" : "card good");
        card(out, data.notifications().size(), "messages on the notification list",
                data.notifications().isEmpty() ? "card good" : "card alarm");
        out.close("div");
    }

    private static void card(HtmlOut out, long value, String label, String cssClass) {
        out.open("div", "class", cssClass).element("div", Times.count(value), "class", "value")
                .element("div", label, "class", "label").close("div");
    }

    private static void verdictBar(HtmlOut out, List<MailboxInvestigation> mailboxes) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        mailboxes.forEach(mailbox -> counts.merge(mailbox.verdict(), 1, Integer::sum));
        if (mailboxes.isEmpty()) {
            out.element("p", "No mailbox has MailItemsAccessed records in the case.", "class", "note");
            return;
        }
        double width = 1170;
        Svg svg = new Svg(out);
        out.open("div", "class", "chart");
        svg.open(width, 30, "Verdicts of " + mailboxes.size() + " mailboxes");
        double x = 0;
        for (Verdict verdict : Verdict.values()) {
            int count = counts.getOrDefault(verdict, 0);
            if (count == 0) {
                continue;
            }
            double segment = Math.max(3, width * count / mailboxes.size());
            svg.rect(x, 2, segment, 26, Palette.color(verdict), Palette.label(verdict) + ": " + count + " mailbox(es)");
            x += segment;
        }
        svg.close();
        out.close("div").open("div", "class", "legend");
        for (Verdict verdict : Verdict.values()) {
            out.open("span").open("span", "class", "swatch", "style", "background:" + Palette.color(verdict))
                    .close("span").text(Palette.label(verdict) + ": " + counts.getOrDefault(verdict, 0)).close("span");
        }
        out.close("div");
    }

    private static void table(HtmlOut out, List<MailboxInvestigation> mailboxes) {
        DataTable table = new DataTable(out, "summary-table", List.of(DataTable.Header.text("Mailbox"),
                DataTable.Header.select("Verdict"), DataTable.Header.text("Why"),
                DataTable.Header.number("Attacker messages"), DataTable.Header.number("Suspicious messages"),
                DataTable.Header.text("Folders synced by the attacker"), DataTable.Header.number("Throttled windows"),
                DataTable.Header.number("Records")), 25);
        int written = 0;
        for (MailboxInvestigation mailbox : mailboxes) {
            if (written++ == DataTable.MAX_ROWS) {
                break;
            }
            table.startRow().mailbox(mailbox.mailbox())
                    .badge(Palette.label(mailbox.verdict()), Palette.cssClass(mailbox.verdict()));
            table.openCell(Integer.toString(mailbox.verdict().ordinal()));
            reasons(out, mailbox.reasons());
            table.closeCell().number((long) mailbox.attackerAccessedMessages())
                    .number((long) mailbox.suspiciousAccessedMessages())
                    .clipped((mailbox.mailboxSynced() ? "whole mailbox: " : "")
                            + String.join(", ", mailbox.attackerSyncedFolders()), 160)
                    .number((long) mailbox.throttledWindows().size()).number((long) mailbox.records().size())
                    .endRow();
        }
        table.end(mailboxes.size(), Math.min(mailboxes.size(), DataTable.MAX_ROWS),
                "report.xlsx and investigation/summary.json");
    }

    /** The first reason as a sentence; the others behind a disclosure. */
    private static void reasons(HtmlOut out, List<String> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        out.text(sentence(reasons.get(0)));
        if (reasons.size() > 1) {
            out.open("details").element("summary", (reasons.size() - 1) + " more").open("ul", "class", "reasons");
            for (String reason : reasons.subList(1, reasons.size())) {
                out.element("li", sentence(reason));
            }
            out.close("ul").close("details");
        }
    }

    static String sentence(String phrase) {
        String trimmed = phrase.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        String capital = trimmed.substring(0, 1).toUpperCase(Locale.ROOT) + trimmed.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }
}
