package io.osprey.analysis;

import io.osprey.model.CoverageGap;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the playbook found, immutable; the report writers turn it into files.
 *
 * @param periodStart    start of the investigation period (the request's, else the first record's day), or null
 *                       when there is no data and no period
 * @param periodEnd      exclusive end (the request's, else the end of the last record's UTC day), or null
 * @param heuristicsRan  whether the IOC-free suspicion rules ran
 * @param mailboxes      worst verdict first, then by mailbox
 * @param caveats        caveats that hold for the whole investigation
 * @param coverageGaps   what {@code osprey collect} could not acquire in the period (see
 *                       {@link io.osprey.analysis.verdict.CollectionGaps}); empty when nothing is known
 */
public record InvestigationResult(List<Ioc> iocs, Instant periodStart, Instant periodEnd, boolean heuristicsRan,
                                  List<MailboxInvestigation> mailboxes, List<String> caveats,
                                  List<CoverageGap> coverageGaps) {
    private static final Comparator<AccessContext> RANKING = Comparator
            .comparing(AccessContext::attribution)
            .thenComparing(Comparator.comparingInt(AccessContext::score).reversed())
            .thenComparing(AccessContext::firstSeen)
            .thenComparing(AccessContext::contextId);

    public InvestigationResult {
        iocs = List.copyOf(iocs);
        mailboxes = List.copyOf(mailboxes);
        caveats = List.copyOf(caveats);
        coverageGaps = List.copyOf(coverageGaps);
    }

    /** A result without known collection gaps. */
    public InvestigationResult(List<Ioc> iocs, Instant periodStart, Instant periodEnd, boolean heuristicsRan,
                               List<MailboxInvestigation> mailboxes, List<String> caveats) {
        this(iocs, periodStart, periodEnd, heuristicsRan, mailboxes, caveats, List.of());
    }

    /** Every context of every mailbox, ranked: attacker, then suspicious by score, then user. */
    public List<AccessContext> rankedContexts() {
        return mailboxes.stream().flatMap(mailbox -> mailbox.contexts().stream()).sorted(RANKING).toList();
    }

    public Optional<MailboxInvestigation> mailbox(String mailbox) {
        String key = Mailboxes.normalize(mailbox);
        return mailboxes.stream().filter(candidate -> candidate.mailbox().equals(key)).findFirst();
    }
}
