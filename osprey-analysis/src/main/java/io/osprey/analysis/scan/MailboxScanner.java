package io.osprey.analysis.scan;

import io.osprey.analysis.AccessRecord;
import io.osprey.analysis.ProbableThrottle;
import io.osprey.analysis.TimeWindow;
import io.osprey.model.AccessedItem;
import io.osprey.model.AuditEvent;
import io.osprey.model.MailAccess;
import io.osprey.model.MailAccessType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One linear pass over one mailbox's records (after one sort by time): contexts, per-message accesses,
 * folders, coverage per day and throttled windows. Records other than MailItemsAccessed, and records outside
 * the requested period, are skipped.
 */
public final class MailboxScanner {
    private static final Comparator<AuditEvent> BY_TIME = (first, second) -> {
        int byTime = first.creationTime().compareTo(second.creationTime());
        if (byTime != 0) {
            return byTime;
        }
        String firstId = first.recordId() == null ? "" : first.recordId();
        return firstId.compareTo(second.recordId() == null ? "" : second.recordId());
    };
    private static final long SECONDS_PER_DAY = 86_400L;

    private final Instant from;
    private final Instant to;

    /** @param from inclusive start, or null; @param to exclusive end, or null */
    public MailboxScanner(Instant from, Instant to) {
        this.from = from;
        this.to = to;
    }

    public MailboxScan scan(String mailbox, List<AuditEvent> events) {
        List<AuditEvent> sorted = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            if (event.isMailItemsAccessed() && event.creationTime() != null && inPeriod(event.creationTime())) {
                sorted.add(event);
            }
        }
        if (sorted.isEmpty()) {
            return MailboxScan.empty(mailbox);
        }
        sorted.sort(BY_TIME);
        return new Pass(mailbox, sorted.size()).run(sorted);
    }

    private boolean inPeriod(Instant time) {
        return (from == null || !time.isBefore(from)) && (to == null || time.isBefore(to));
    }

    /** The mutable state of one scan. */
    private static final class Pass {
        private final String mailbox;
        private final Map<String, String> canonicalIps = new HashMap<>();
        private final Map<String, String> lowered = new HashMap<>();
        private final Map<ContextKey, ContextTally> contexts = new LinkedHashMap<>();
        private final Map<String, MessageTally> messages = new LinkedHashMap<>();
        private final Map<String, String> foldersSeen = new LinkedHashMap<>();
        private final Map<String, String> folderSets = new HashMap<>();
        private final Map<String, String[]> folderForms = new HashMap<>();
        private final TreeMap<Long, DayTally> days = new TreeMap<>();
        private final List<AccessRecord> records;
        private final List<Instant> recordTimes;
        private final List<Instant> bindTimes = new ArrayList<>();
        private final List<Instant> throttledTimes = new ArrayList<>();
        private int degraded;
        private int bindWithoutItems;
        private int keyedItems;

        Pass(String mailbox, int size) {
            this.mailbox = mailbox;
            this.records = new ArrayList<>(size);
            this.recordTimes = new ArrayList<>(size);
        }

        MailboxScan run(List<AuditEvent> sorted) {
            for (AuditEvent event : sorted) {
                add(event);
            }
            List<TimeWindow> windows = ThrottleWindows.merge(throttledTimes);
            List<ProbableThrottle> probable = ProbableThrottling.detect(recordTimes, bindTimes, windows);
            return new MailboxScan(mailbox, List.copyOf(contexts.values()), records, messages, foldersSeen,
                    windows, probable, days, recordTimes.get(0), recordTimes.get(recordTimes.size() - 1),
                    degraded, bindWithoutItems);
        }

        private void add(AuditEvent event) {
            Instant time = event.creationTime();
            MailAccess access = event.mailAccess();
            MailAccessType type = access.accessType();
            boolean throttled = Boolean.TRUE.equals(access.throttled());
            ContextTally context = context(event);
            context.count(time);
            DayTally day = days.computeIfAbsent(Math.floorDiv(time.getEpochSecond(), SECONDS_PER_DAY),
                    epochDay -> new DayTally());
            day.records++;
            recordTimes.add(time);
            if (type == MailAccessType.SYNC) {
                context.syncRecords++;
                day.syncRecords++;
            } else {
                context.bindRecords++;
                day.bindRecords++;
                bindTimes.add(time);
            }
            if (throttled) {
                context.throttledRecords++;
                day.throttledRecords++;
                throttledTimes.add(time);
            }
            if (event.degraded()) {
                degraded++;
            }
            List<AccessedItem> items = access.items();
            String folders = addItems(event, context, items, type);
            if (type != MailAccessType.SYNC && keyedItems == 0) {
                bindWithoutItems++;
            }
            context.itemsAccessed += items.size();
            day.itemsListed += items.size();
            context.itemsPerDay.merge(Math.floorDiv(time.getEpochSecond(), SECONDS_PER_DAY),
                    (long) items.size(), Long::sum);
            records.add(new AccessRecord(event.recordId(), time, context.contextId(), type, access.throttled(),
                    access.operationCount(), folders, items.size(), event.degraded()));
        }

        private ContextTally context(AuditEvent event) {
            ContextKey key = ContextKey.of(event, canonicalIps, lowered);
            ContextTally context = contexts.get(key);
            if (context == null) {
                context = new ContextTally(contexts.size(), ContextIds.of(mailbox, key), key);
                contexts.put(key, context);
            }
            return context;
        }

        /** Adds the record's items; returns its distinct folders joined with "; ". */
        private String addItems(AuditEvent event, ContextTally context, List<AccessedItem> items,
                                MailAccessType type) {
            String firstFolder = null;
            StringBuilder more = null;
            keyedItems = 0;
            for (AccessedItem item : items) {
                String[] forms = folderForms(item);
                String folder = forms[0];
                if (folder != null) {
                    String folderKey = forms[1];
                    foldersSeen.putIfAbsent(folderKey, folder);
                    if (type == MailAccessType.SYNC) {
                        context.syncedFolders.putIfAbsent(folderKey, folder);
                    }
                    if (firstFolder == null) {
                        firstFolder = folder;
                    } else if (!firstFolder.equals(folder) && (more == null || !containsFolder(more, folder))) {
                        more = more == null ? new StringBuilder() : more;
                        more.append("; ").append(folder);
                    }
                }
                if (item.messageKey() != null) {
                    keyedItems++;
                    messages.computeIfAbsent(item.messageKey(), key -> new MessageTally(key, item.internetMessageId()))
                            .add(context, event.creationTime(), event.recordId(), folder, type, item.sizeInBytes());
                }
            }
            if (firstFolder == null) {
                return "";
            }
            String joined = more == null ? firstFolder : firstFolder + more;
            return folderSets.computeIfAbsent(joined, text -> text);
        }

        /** The displayed folder and its comparison key, computed once per distinct path (or id). */
        private String[] folderForms(AccessedItem item) {
            String raw = item.folderPath() != null ? item.folderPath() : item.folderId();
            String[] forms = raw == null ? null : folderForms.get(raw);
            if (forms == null) {
                String display = FolderPaths.display(item);
                forms = new String[] {display, FolderPaths.key(display)};
                if (raw != null) {
                    folderForms.put(raw, forms);
                }
            }
            return forms;
        }

        private static boolean containsFolder(StringBuilder joined, String folder) {
            return joined.indexOf("; " + folder + ";") >= 0 || joined.toString().endsWith("; " + folder);
        }
    }
}
