package io.osprey.report.html;

import io.osprey.analysis.Attribution;
import io.osprey.analysis.MailboxInvestigation;

import java.util.Comparator;
import java.util.List;

/**
 * Orders mailboxes by exposure for the charts that show only the top of a large tenant: worst verdict, then
 * attacker-accessed messages, suspicious ones, attacker and suspicious contexts, records, then by name.
 */
final class ExposureRanking {
    static final Comparator<MailboxInvestigation> ORDER = Comparator
            .comparing(MailboxInvestigation::verdict)
            .thenComparing(Comparator.comparingInt(MailboxInvestigation::attackerAccessedMessages).reversed())
            .thenComparing(Comparator.comparingInt(MailboxInvestigation::suspiciousAccessedMessages).reversed())
            .thenComparing(Comparator.comparingLong(ExposureRanking::badContexts).reversed())
            .thenComparing(Comparator.comparingInt((MailboxInvestigation mailbox) -> mailbox.records().size())
                    .reversed())
            .thenComparing(MailboxInvestigation::mailbox);

    private ExposureRanking() {
    }

    static List<MailboxInvestigation> rank(List<MailboxInvestigation> mailboxes) {
        return mailboxes.stream().sorted(ORDER).toList();
    }

    private static long badContexts(MailboxInvestigation mailbox) {
        return mailbox.contexts().stream().filter(context -> context.attribution() != Attribution.USER).count();
    }
}
