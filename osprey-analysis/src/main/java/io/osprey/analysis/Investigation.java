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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The MailItemsAccessed playbook over a whole case: coverage and throttling, access contexts, attribution,
 * sync and bind exposure, and a verdict per mailbox.
 *
 * <p>Records arrive grouped by mailbox ({@link Mailboxes#keyOf}); each group is scanned once and reduced to
 * contexts and per-message tallies, so the caller can stream mailboxes from the case store. Attribution is then
 * tenant-wide (pivots cross mailboxes) and each mailbox gets its verdict.
 */
public final class Investigation {
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final Comparator<MailboxInvestigation> WORST_FIRST = Comparator
            .comparing(MailboxInvestigation::verdict).thenComparing(MailboxInvestigation::mailbox);

    private Investigation() {
    }

    /**
     * @param eventsPerMailbox the case's records, grouped so that all records of one mailbox come in one list
     *                         (a list may hold several mailboxes). Records other than MailItemsAccessed are
     *                         read only for their mailbox owner: every mailbox a record names is listed, with
     *                         the verdict NOT_AUDITED when no MailItemsAccessed record covers it
     * @throws IllegalArgumentException when one mailbox's records come in two lists
     */
    public static InvestigationResult run(InvestigationRequest request, Iterable<List<AuditEvent>> eventsPerMailbox) {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, Investigation::worker);
        try {
            return run(request, eventsPerMailbox, workers);
        } finally {
            workers.shutdownNow();
        }
    }

    private static InvestigationResult run(InvestigationRequest request, Iterable<List<AuditEvent>> eventsPerMailbox,
                                           ExecutorService workers) {
        List<MailboxScan> allScans = scanAll(request, eventsPerMailbox, workers);
        Map<ContextTally, ContextAttribution> attributions = new Attributor(request).attribute(allScans);
        Instant periodStart = periodStart(request, allScans);
        Instant periodEnd = periodEnd(request, allScans);
        Instant evidenceEnd = request.acquiredAt() != null ? request.acquiredAt() : lastRecord(allScans);
        MailboxFinalizer finalizer = new MailboxFinalizer(attributions, request.mailboxes(), periodStart, periodEnd,
                evidenceEnd);
        List<Future<MailboxInvestigation>> finishing = new ArrayList<>(allScans.size());
        for (int index = 0; index < allScans.size(); index++) {
            MailboxScan scan = allScans.get(index);
            finishing.add(workers.submit(() -> finalizer.finish(scan)));
            allScans.set(index, null);
        }
        List<MailboxInvestigation> mailboxes = new ArrayList<>(finishing.size());
        for (Future<MailboxInvestigation> mailbox : finishing) {
            mailboxes.add(await(mailbox));
        }
        mailboxes.sort(WORST_FIRST);
        return new InvestigationResult(request.iocs(), periodStart, periodEnd, request.runsHeuristics(), mailboxes,
                globalCaveats(request, evidenceEnd));
    }

    /**
     * Scans the mailboxes on the worker threads as their records arrive, with a bounded number in flight so the
     * caller's stream is not drained ahead of the scans; results keep the arrival order.
     */
    private static List<MailboxScan> scanAll(InvestigationRequest request, Iterable<List<AuditEvent>> eventsPerMailbox,
                                             ExecutorService workers) {
        MailboxScanner scanner = new MailboxScanner(request.from(), request.to());
        Map<String, Future<MailboxScan>> scans = new LinkedHashMap<>();
        Set<String> owners = new LinkedHashSet<>();
        Semaphore inFlight = new Semaphore(WORKERS * 2);
        for (List<AuditEvent> batch : eventsPerMailbox) {
            collectOwners(batch, owners);
            for (Map.Entry<String, List<AuditEvent>> mailbox : byMailbox(batch).entrySet()) {
                if (scans.containsKey(mailbox.getKey())) {
                    throw new IllegalArgumentException("the records of mailbox " + mailbox.getKey()
                            + " came in more than one group; group all of a mailbox's records together");
                }
                inFlight.acquireUninterruptibly();
                scans.put(mailbox.getKey(), workers.submit(() -> {
                    try {
                        return scanner.scan(mailbox.getKey(), mailbox.getValue());
                    } finally {
                        inFlight.release();
                    }
                }));
            }
        }
        List<MailboxScan> allScans = new ArrayList<>(scans.size() + request.mailboxes().size());
        for (Future<MailboxScan> scan : scans.values()) {
            allScans.add(await(scan));
        }
        Set<String> withoutRecords = new LinkedHashSet<>(request.mailboxes());
        withoutRecords.addAll(owners);
        for (String mailbox : withoutRecords) {
            if (!scans.containsKey(mailbox)) {
                allScans.add(MailboxScan.empty(mailbox));
            }
        }
        return allScans;
    }

    /**
     * The mailbox owners that records other than MailItemsAccessed name: such a mailbox exists, so it is listed
     * even when no MailItemsAccessed record covers it (its verdict is then NOT_AUDITED).
     */
    private static void collectOwners(List<AuditEvent> batch, Set<String> owners) {
        String lastOwner = null;
        for (AuditEvent event : batch) {
            String owner = event.mailboxOwnerUpn();
            if (owner == null || owner.equals(lastOwner) || event.isMailItemsAccessed()) {
                continue;
            }
            lastOwner = owner;
            String key = Mailboxes.normalize(owner);
            if (key != null) {
                owners.add(key);
            }
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the investigation was interrupted");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    private static Thread worker(Runnable task) {
        Thread thread = new Thread(task, "osprey-investigation");
        thread.setDaemon(true);
        return thread;
    }

    private static Map<String, List<AuditEvent>> byMailbox(List<AuditEvent> batch) {
        Map<String, List<AuditEvent>> groups = new LinkedHashMap<>();
        String single = null;
        boolean mixed = false;
        String lastOwner = null;
        for (AuditEvent event : batch) {
            if (!event.isMailItemsAccessed()) {
                continue;
            }
            String owner = event.mailboxOwnerUpn();
            if (single != null && owner != null && owner.equals(lastOwner)) {
                continue;
            }
            lastOwner = owner;
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
