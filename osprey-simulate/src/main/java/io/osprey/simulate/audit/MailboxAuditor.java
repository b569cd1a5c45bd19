package io.osprey.simulate.audit;

import io.osprey.model.MailAccessType;
import io.osprey.simulate.tenant.Message;
import io.osprey.simulate.tenant.UserProfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Exchange's MailItemsAccessed auditing of one mailbox, as Microsoft documents it: binds of one access context
 * and folder within two minutes become one record (OperationCount = binds aggregated); a bind or sync repeated
 * in the same context within an hour is not recorded again; a Sync record is written per folder; past 1,000
 * records in 24 hours a record carries IsThrottled True and binds go unrecorded for 24 hours (syncs continue).
 * Accesses must arrive in time order. A mailbox whose audit set lacks MailItemsAccessed records nothing.
 */
public final class MailboxAuditor {
    public static final int BIND_WINDOW_SECONDS = 120;
    public static final int SUPPRESSION_SECONDS = 3_600;
    public static final int THROTTLE_LIMIT = 1_000;
    public static final int THROTTLE_SECONDS = 86_400;

    private final UserProfile mailbox;
    private final MailItemsAccessedRecords records;
    private final LinkedHashMap<WindowKey, BindWindow> openWindows = new LinkedHashMap<>();
    private final HashMap<BindKey, Long> lastRecordedBind = new HashMap<>();
    private final HashMap<WindowKey, Long> lastRecordedSync = new HashMap<>();
    private final TimeRing recentRecords = new TimeRing();
    private long throttledFrom = Long.MIN_VALUE;
    private long throttledUntil = Long.MIN_VALUE;

    private record WindowKey(String context, int folder) {
    }

    private record BindKey(String context, int folder, int message) {
    }

    private static final class BindWindow {
        final long start;
        final AccessContext context;
        final int folder;
        final List<Integer> messages = new ArrayList<>();

        BindWindow(long start, AccessContext context, int folder) {
            this.start = start;
            this.context = context;
            this.folder = folder;
        }
    }

    public MailboxAuditor(UserProfile mailbox, MailItemsAccessedRecords records) {
        this.mailbox = mailbox;
        this.records = records;
    }

    public void bind(long time, AccessContext context, int folder, int message, AuditScope scope) {
        if (!mailbox.mailItemsAccessedAudited()) {
            return;
        }
        closeWindowsBefore(time, scope);
        if (isThrottled(time)) {
            scope.unrecordedWhileThrottled(context, folder, message);
            return;
        }
        BindKey bindKey = new BindKey(context.key(), folder, message);
        Long last = lastRecordedBind.get(bindKey);
        if (last != null && time - last < SUPPRESSION_SECONDS) {
            return;
        }
        lastRecordedBind.put(bindKey, time);
        openWindows.computeIfAbsent(new WindowKey(context.key(), folder),
                key -> new BindWindow(time, context, folder)).messages.add(message);
    }

    public void sync(long time, AccessContext context, int folder, AuditScope scope) {
        if (!mailbox.mailItemsAccessedAudited()) {
            return;
        }
        closeWindowsBefore(time, scope);
        WindowKey key = new WindowKey(context.key(), folder);
        Long last = lastRecordedSync.get(key);
        if (last != null && time - last < SUPPRESSION_SECONDS) {
            return;
        }
        lastRecordedSync.put(key, time);
        recentRecords.addAndCount(time, THROTTLE_SECONDS);
        scope.recorded(new AuditedAccess(records.build(time, mailbox, context, MailAccessType.SYNC, folder,
                List.of(), false, scope.random()), context, MailAccessType.SYNC, folder, List.of(), false));
    }

    /** Writes the records of every window that has closed by {@code time}. */
    public void closeWindowsBefore(long time, AuditScope scope) {
        for (Iterator<BindWindow> windows = openWindows.values().iterator(); windows.hasNext(); ) {
            BindWindow window = windows.next();
            if (window.start + BIND_WINDOW_SECONDS <= time) {
                windows.remove();
                write(window, scope);
            }
        }
    }

    /** Writes every open window (the end of the simulated day). */
    public void flush(AuditScope scope) {
        closeWindowsBefore(Long.MAX_VALUE, scope);
    }

    /** Drops suppression state that can no longer matter after {@code time}. */
    public void forgetBefore(long time) {
        long limit = time - SUPPRESSION_SECONDS;
        lastRecordedBind.values().removeIf(last -> last < limit);
        lastRecordedSync.values().removeIf(last -> last < limit);
        recentRecords.dropBefore(time - THROTTLE_SECONDS);
    }

    public boolean isThrottled(long time) {
        return time >= throttledFrom && time < throttledUntil;
    }

    private void write(BindWindow window, AuditScope scope) {
        if (isThrottled(window.start)) {
            for (int message : window.messages) {
                scope.unrecordedWhileThrottled(window.context, window.folder, message);
            }
            return;
        }
        boolean throttles = recentRecords.addAndCount(window.start, THROTTLE_SECONDS) > THROTTLE_LIMIT;
        if (throttles) {
            throttledFrom = window.start;
            throttledUntil = window.start + THROTTLE_SECONDS;
        }
        List<Message> messages = new ArrayList<>(window.messages.size());
        for (int message : window.messages) {
            messages.add(scope.message(window.folder, message));
        }
        scope.recorded(new AuditedAccess(records.build(window.start, mailbox, window.context, MailAccessType.BIND,
                window.folder, messages, throttles, scope.random()), window.context, MailAccessType.BIND,
                window.folder, List.copyOf(messages), throttles));
    }
}
