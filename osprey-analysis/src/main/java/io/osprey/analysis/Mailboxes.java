package io.osprey.analysis;

import io.osprey.model.AuditEvent;

import java.util.Locale;

/**
 * Which mailbox a record belongs to: MailboxOwnerUPN, else the acting UserId, else the MailboxGuid, lower-cased.
 * Callers that group records per mailbox (the case store) use this same key.
 */
public final class Mailboxes {
    public static final String UNKNOWN = "(unknown mailbox)";

    private Mailboxes() {
    }

    public static String keyOf(AuditEvent event) {
        String key = firstNonBlank(event.mailboxOwnerUpn(), event.userId(), event.mailboxGuid());
        return key == null ? UNKNOWN : key;
    }

    /** A UPN as a mailbox key: trimmed and lower-cased; null when blank. */
    public static String normalize(String upn) {
        if (upn == null) {
            return null;
        }
        String trimmed = upn.trim();
        return trimmed.isEmpty() ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            String normalized = normalize(value);
            if (normalized != null) {
                return normalized;
            }
        }
        return null;
    }
}
