package io.osprey.report.notification;

import io.osprey.analysis.Attribution;
import io.osprey.analysis.ContextAccess;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.analysis.MessageExposure;
import io.osprey.report.messagetrace.TracedMessage;
import io.osprey.report.messagetrace.TracedMessages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notification list: every message an attacker or suspicious context got, joined to the message trace by
 * normalized InternetMessageId.
 * <ul>
 *   <li><b>bind</b>: messages the audit log lists in attacker or suspicious Bind records (and the analysis's own
 *       sync exposures);</li>
 *   <li><b>sync</b>: messages of folders an attacker synced. From the audit log: messages the mailbox's own
 *       contexts accessed in that folder, when they existed at the sync (first access or trace receipt no later
 *       than the sync). From the trace: a sync of the Inbox exposes the mail the mailbox received up to the
 *       sync, of Sent Items the mail it sent, of the whole mailbox all of it (see {@link SyncScope}).</li>
 * </ul>
 * The mailbox is matched to trace addresses by its UPN, so mail to aliases other than the UPN is not found.
 */
public final class NotificationList {
    private static final Comparator<NotificationRow> ORDER = Comparator
            .comparing(NotificationRow::attribution)
            .thenComparing(row -> row.exposure().equals("bind") ? 0 : 1)
            .thenComparing(NotificationRow::exposedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(row -> row.received() == null ? Instant.MAX : row.received())
            .thenComparing(row -> row.messageKey() == null ? "" : row.messageKey());

    private NotificationList() {
    }

    /** Rows per mailbox in the investigation's order (worst verdict first), then attacker first, bind first. */
    public static List<NotificationRow> build(InvestigationResult result, TracedMessages trace) {
        List<NotificationRow> rows = new ArrayList<>();
        for (MailboxInvestigation mailbox : result.mailboxes()) {
            rows.addAll(forMailbox(mailbox, trace));
        }
        return rows;
    }

    static List<NotificationRow> forMailbox(MailboxInvestigation mailbox, TracedMessages trace) {
        List<AttackerSync> syncs = AttackerSync.of(mailbox);
        Map<String, NotificationRow> rows = new LinkedHashMap<>();
        for (MessageExposure message : mailbox.messages()) {
            Optional<TracedMessage> traced = trace.byKey(message.messageKey());
            if (message.attribution() != Attribution.USER) {
                rows.put(message.messageKey(), fromAudit(message, traced));
            } else if (message.inAttackerSyncedFolder()) {
                coveringSync(message, traced, syncs).ifPresent(sync ->
                        rows.put(message.messageKey(), fromSyncedAudit(message, traced, sync)));
            }
        }
        List<NotificationRow> traceOnly = new ArrayList<>();
        String address = mailbox.mailbox();
        addTraced(trace.receivedBy(address), syncs.stream().filter(AttackerSync::received).toList(), address, rows,
                traceOnly);
        addTraced(trace.sentBy(address), syncs.stream().filter(AttackerSync::sent).toList(), address, rows,
                traceOnly);
        List<NotificationRow> all = new ArrayList<>(rows.values());
        all.addAll(traceOnly);
        all.sort(ORDER);
        return all;
    }

    private static NotificationRow fromAudit(MessageExposure message, Optional<TracedMessage> traced) {
        Instant exposedAt = null;
        List<String> evidence = new ArrayList<>();
        for (ContextAccess access : message.accesses()) {
            if (access.attribution() == message.attribution()) {
                exposedAt = exposedAt == null || access.firstAccess().isBefore(exposedAt) ? access.firstAccess()
                        : exposedAt;
                evidence.addAll(access.recordIds());
            }
        }
        return row(message, traced, message.exposure(), message.attribution(), exposedAt,
                String.join("; ", message.folderPaths()), evidence);
    }

    private static NotificationRow fromSyncedAudit(MessageExposure message, Optional<TracedMessage> traced,
                                                   AttackerSync sync) {
        return row(message, traced, "sync", sync.attribution(), sync.time(), sync.folders(), sync.recordIds());
    }

    private static NotificationRow row(MessageExposure message, Optional<TracedMessage> traced, String exposure,
                                       Attribution attribution, Instant exposedAt, String folders,
                                       List<String> evidence) {
        TracedMessage known = traced.orElse(null);
        return new NotificationRow(message.mailbox(), message.internetMessageId(), message.messageKey(),
                known == null ? null : known.received(), known == null ? null : known.sender(),
                known == null ? List.of() : known.recipients(), known == null ? null : known.subject(),
                message.sizeInBytes() != null ? message.sizeInBytes() : known == null ? null : known.sizeInBytes(),
                exposure, attribution, exposedAt, folders, known != null, evidence);
    }

    /** The first sync of one of the message's folders at a time the message already existed. */
    private static Optional<AttackerSync> coveringSync(MessageExposure message, Optional<TracedMessage> traced,
                                                       List<AttackerSync> syncs) {
        Instant existed = message.firstAccess();
        if (traced.isPresent() && traced.get().received().isBefore(existed)) {
            existed = traced.get().received();
        }
        for (AttackerSync sync : syncs) {
            if (!sync.time().isBefore(existed) && sync.coversAnyFolder(message.folderPaths())) {
                return Optional.of(sync);
            }
        }
        return Optional.empty();
    }

    /**
     * Trace messages (oldest first) covered by syncs (in time order): each gets the first sync at or after its
     * receipt, unless the audit log already put it on the list.
     */
    private static void addTraced(List<TracedMessage> messages, List<AttackerSync> syncs, String mailbox,
                                  Map<String, NotificationRow> listed, List<NotificationRow> traceOnly) {
        int next = 0;
        for (AttackerSync sync : syncs) {
            while (next < messages.size() && !messages.get(next).received().isAfter(sync.time())) {
                TracedMessage message = messages.get(next++);
                if (message.messageKey() == null || !listed.containsKey(message.messageKey())) {
                    NotificationRow row = new NotificationRow(mailbox, message.internetMessageId(),
                            message.messageKey(), message.received(), message.sender(), message.recipients(),
                            message.subject(), message.sizeInBytes(), "sync", sync.attribution(), sync.time(),
                            sync.folders(), true, sync.recordIds());
                    if (message.messageKey() == null) {
                        traceOnly.add(row);
                    } else {
                        listed.put(message.messageKey(), row);
                    }
                }
            }
        }
    }
}
