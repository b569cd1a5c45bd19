package io.osprey.analysis.verdict;

import io.osprey.analysis.AccessRecord;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.analysis.TimeWindow;
import io.osprey.model.CoverageGap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Adds what {@code osprey collect} could not acquire to an investigation: every recorded gap becomes one of the
 * result's coverage gaps; those in the period become caveats, and every mailbox without a MailItemsAccessed record
 * inside a gap that can hide mail access gets a caveat saying that time was not audited. Its days there are
 * NOT_AUDITED already (no records); the caveat says why, so no one reads them as "not accessed". Gaps outside the
 * period are listed too (without a period given, the evidence's own first and last records set it, and a gap can
 * be why the evidence ends early).
 */
public final class CollectionGaps {
    private CollectionGaps() {
    }

    public static InvestigationResult apply(InvestigationResult result, List<CoverageGap> gaps) {
        if (gaps.isEmpty()) {
            return result;
        }
        List<CoverageGap> inPeriod = gaps.stream().filter(gap -> inPeriod(result, gap)).toList();
        List<String> caveats = new ArrayList<>(result.caveats());
        inPeriod.forEach(gap -> caveats.add(describe(gap)));
        if (inPeriod.size() < gaps.size()) {
            caveats.add((gaps.size() - inPeriod.size()) + " collection gap(s) of the acquisition lie outside the"
                    + " period (see coverageGaps): without --from/--to the evidence's first and last records set"
                    + " the period, and the evidence may end early because of them.");
        }
        List<MailboxInvestigation> mailboxes = result.mailboxes().stream()
                .map(mailbox -> withGapCaveats(mailbox, inPeriod)).toList();
        return new InvestigationResult(result.iocs(), result.periodStart(), result.periodEnd(),
                result.heuristicsRan(), mailboxes, caveats, gaps);
    }

    /** True when the gap overlaps the result's period (an untimed gap always does). */
    public static boolean inPeriod(InvestigationResult result, CoverageGap gap) {
        return gap.overlaps(result.periodStart(), result.periodEnd());
    }

    /** The caveat for the whole investigation. */
    static String describe(CoverageGap gap) {
        String what = gap.timed() ? "from " + gap.start() + " to " + gap.end() : "(" + gap.unit() + ")";
        return "Collection gap: the " + gap.source() + " evidence " + what + " could not be collected in full ("
                + gap.reason() + ")" + (gap.hidesMailAccess()
                ? ": MailItemsAccessed records of that time may be missing." : ".");
    }

    private static MailboxInvestigation withGapCaveats(MailboxInvestigation mailbox, List<CoverageGap> gaps) {
        List<String> more = new ArrayList<>();
        for (TimeWindow span : mailSpans(gaps)) {
            if (!hasRecordIn(mailbox, span.start(), span.end())) {
                more.add("Not audited from " + span.start() + " to " + span.end() + ": the audit log of that time"
                        + " could not be collected in full and no evidence has a MailItemsAccessed record of this"
                        + " mailbox then; nothing can be ruled out.");
            }
        }
        return more.isEmpty() ? mailbox : mailbox.withMoreCaveats(more);
    }

    /** The timed gaps that can hide mail access, overlapping or touching ones merged, in time order. */
    static List<TimeWindow> mailSpans(List<CoverageGap> gaps) {
        List<CoverageGap> sorted = gaps.stream().filter(gap -> gap.timed() && gap.hidesMailAccess())
                .sorted(Comparator.comparing(CoverageGap::start)).toList();
        List<TimeWindow> spans = new ArrayList<>();
        Instant start = null;
        Instant end = null;
        for (CoverageGap gap : sorted) {
            if (end != null && !gap.start().isAfter(end)) {
                end = gap.end().isAfter(end) ? gap.end() : end;
                continue;
            }
            if (start != null) {
                spans.add(new TimeWindow(start, end));
            }
            start = gap.start();
            end = gap.end();
        }
        if (start != null) {
            spans.add(new TimeWindow(start, end));
        }
        return spans;
    }

    private static boolean hasRecordIn(MailboxInvestigation mailbox, Instant start, Instant end) {
        for (AccessRecord record : mailbox.records()) {
            if (!record.time().isBefore(start) && record.time().isBefore(end)) {
                return true;
            }
        }
        return false;
    }
}
