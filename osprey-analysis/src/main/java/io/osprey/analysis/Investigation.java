package io.osprey.analysis;

import io.osprey.analysis.attribution.Attributor;
import io.osprey.analysis.attribution.ContextAttribution;
import io.osprey.analysis.scan.ContextTally;
import io.osprey.analysis.scan.MailboxScan;
import io.osprey.analysis.scan.MailboxScanner;
import io.osprey.analysis.verdict.Caveats;
import io.osprey.analysis.verdict.MailboxFinalizer;
import io.osprey.model.AuditEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MailItemsAccessed playbook over a whole case: coverage and throttling, access contexts, attribution,
 * sync and bind exposure, and a verdict per mailbox.
 *
 * <p>Records arrive grouped by mailbox ({@link Mailboxes#keyOf}); each group is scanned once and reduced to
 * contexts and per-message tallies, so the caller can stream mailboxes from the case store. Attribution is then
 * tenant-wide (pivots cross mailboxes) and each mailbox gets its verdict.
 */
public final class Investigation {
    private static final Comparator<MailboxInvestigation> WORST_FIRST = Comparator
            .comparing(MailboxInvestigation::verdict).thenComparing(MailboxInvestigation::mailbox);

    private Investigation() {
    }

    /**
     * @param eventsPerMailbox the case's records, grouped so that all records of one mailbox come in one list
     *                         (a list may hold several mailboxes; records other than MailItemsAccessed are
     *                         skipped)
     * @throws IllegalArgumentException when one mailbox's records come in two lists
     */
    public static InvestigationResult run(InvestigationRequest request, Iterable<List<AuditEvent>> eventsPerMailbox) {
        MailboxScanner scanner = new MailboxScanner(request.from(), request.to());
        Map<String, MailboxScan> scans = new LinkedHashMap<>();
        for (List<AuditEvent> batch : eventsPerMailbox) {
            for (Map.Entry<String, List<AuditEvent>> mailbox : byMailbox(batch).entrySet()) {
                if (scans.containsKey(mailbox.getKey())) {
                    throw new IllegalArgumentException("the records of mailbox " + mailbox.getKey()
                            + " came in more than one group; group all of a mailbox's records together");
                }
                scans.put(mailbox.getKey(), scanner.scan(mailbox.getKey(), mailbox.getValue()));
            }
        }
        for (String named : request.mailboxes()) {
            scans.putIfAbsent(named, MailboxScan.empty(named));
        }
        List<MailboxScan> allScans = new ArrayList<>(scans.values());
        scans.clear();
        Map<ContextTally, ContextAttribution> attributions = new Attributor(request).attribute(allScans);
        Instant periodStart = periodStart(request, allScans);
        Instant periodEnd = periodEnd(request, allScans);
        Instant evidenceEnd = request.acquiredAt() != null ? request.acquiredAt() : lastRecord(allScans);
        MailboxFinalizer finalizer = new MailboxFinalizer(attributions, request.mailboxes(), periodStart, periodEnd,
                evidenceEnd);
        List<MailboxInvestigation> mailboxes = new ArrayList<>(allScans.size());
        for (int index = 0; index < allScans.size(); index++) {
            mailboxes.add(finalizer.finish(allScans.get(index)));
            allScans.set(index, null);
        }
        mailboxes.sort(WORST_FIRST);
        return new InvestigationResult(request.iocs(), periodStart, periodEnd, request.runsHeuristics(), mailboxes,
                globalCaveats(request, evidenceEnd));
    }

    private static Map<String, List<AuditEvent>> byMailbox(List<AuditEvent> batch) {
        Map<String, List<AuditEvent>> groups = new LinkedHashMap<>();
        String single = null;
        boolean mixed = false;
        for (AuditEvent event : batch) {
            if (!event.isMailItemsAccessed()) {
                continue;
            }
            String key = Mailboxes.keyOf(event);
            if (single == null) {
                single = key;
            } else if (!single.equals(key)) {
                mixed = true;
                break;
            }
        }
        if (single == null) {
            return groups;
        }
        if (!mixed) {
            groups.put(single, batch);
            return groups;
        }
        for (AuditEvent event : batch) {
            if (event.isMailItemsAccessed()) {
                groups.computeIfAbsent(Mailboxes.keyOf(event), key -> new ArrayList<>()).add(event);
            }
        }
        return groups;
    }

    private static Instant periodStart(InvestigationRequest request, List<MailboxScan> scans) {
        if (request.from() != null) {
            return request.from();
        }
        Instant first = scans.stream().map(MailboxScan::firstRecord).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return first == null ? null : LocalDate.ofInstant(first, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant periodEnd(InvestigationRequest request, List<MailboxScan> scans) {
        if (request.to() != null) {
            return request.to();
        }
        Instant last = lastRecord(scans);
        return last == null ? null
                : LocalDate.ofInstant(last, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant lastRecord(List<MailboxScan> scans) {
        return scans.stream().map(MailboxScan::lastRecord).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private static List<String> globalCaveats(InvestigationRequest request, Instant evidenceEnd) {
        List<String> caveats = new ArrayList<>(List.of(Caveats.AGGREGATION, Caveats.SUPPRESSION, Caveats.ACCESS_NOT_READ));
        if (evidenceEnd != null) {
            caveats.add(Caveats.ingestionDelay(evidenceEnd));
        }
        if (request.runsHeuristics()) {
            caveats.add("Suspicion rules compare each context with its mailbox's baseline: the first "
                    + request.baselinePeriod().toDays() + " day(s) of its data (at most half of it); access in the"
                    + " baseline itself is not judged by the first-seen rules.");
        }
        if (!request.iocs().isEmpty()) {
            caveats.add("Pivots from attacker contexts are listed as suspicious and never promoted to attacker.");
        }
        return caveats;
    }
}
