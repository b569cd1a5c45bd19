package io.osprey.report.timeline;

import io.osprey.analysis.AccessContext;
import io.osprey.model.AuditEvent;
import io.osprey.model.MailAccess;
import io.osprey.rules.Finding;

/** The one-line {@code message} of a timeline row, as an analyst scans it in Timesketch. */
final class TimelineMessages {
    static final int MAX_OBJECT = 200;

    private TimelineMessages() {
    }

    static String of(AuditEvent event, AccessContext context) {
        StringBuilder text = new StringBuilder(event.operation() == null ? "(no operation)" : event.operation());
        MailAccess access = event.mailAccess();
        if (access != null) {
            text.append(' ').append(access.accessType().name().charAt(0))
                    .append(access.accessType().name().substring(1).toLowerCase(java.util.Locale.ROOT));
            long messages = access.items().stream().filter(item -> !item.isFolderRow()).count();
            if (messages > 0) {
                text.append(": ").append(messages).append(" message(s)");
            } else if (!access.items().isEmpty()) {
                text.append(": ").append(access.items().size()).append(" folder(s)");
            }
            if (Boolean.TRUE.equals(access.throttled())) {
                text.append(", THROTTLED");
            }
        }
        if (event.mailboxOwnerUpn() != null && !event.mailboxOwnerUpn().equalsIgnoreCase(event.userId())) {
            text.append(" in ").append(event.mailboxOwnerUpn());
        }
        text.append(" by ").append(event.userId() == null ? "(unknown user)" : event.userId());
        if (event.clientAddress().normalized() != null) {
            text.append(" from ").append(event.clientAddress().normalized());
        }
        if (access == null && event.objectId() != null && !event.objectId().isBlank()) {
            String object = event.objectId();
            text.append(": ").append(object.length() > MAX_OBJECT ? object.substring(0, MAX_OBJECT) + "…" : object);
        }
        if (context != null) {
            text.append(" [").append(context.attribution().label()).append(']');
        }
        return text.toString();
    }

    static String of(Finding finding) {
        StringBuilder text = new StringBuilder("Osprey finding [").append(finding.level().text()).append("] ")
                .append(finding.title());
        if (finding.user() != null) {
            text.append(" by ").append(finding.user());
        }
        if (finding.mailbox() != null && !finding.mailbox().equalsIgnoreCase(finding.user())) {
            text.append(" on ").append(finding.mailbox());
        }
        return text.toString();
    }
}
