package io.osprey.report.notification;

import java.util.Locale;
import java.util.Set;

/**
 * What a synced folder tells about the mail in it, as far as a message trace can follow: the trace has no
 * folders, so a sync of the Inbox (or a folder under it) stands for the mail the mailbox received, a sync of Sent
 * Items for the mail it sent, and a sync of the mailbox root for all of it. Other folders cannot be matched to
 * the trace. The well-known folder names are recognized in English, German, French and Spanish.
 */
public enum SyncScope {
    RECEIVED, SENT, ALL, UNMATCHED;

    private static final Set<String> INBOX = Set.of("inbox", "posteingang", "boîte de réception",
            "boite de reception", "bandeja de entrada");
    private static final Set<String> SENT_ITEMS = Set.of("sent items", "gesendete elemente", "éléments envoyés",
            "elements envoyes", "elementos enviados");
    private static final Set<String> ROOT = Set.of("", "top of information store", "root");

    /** The scope of a displayed folder path such as {@code \Inbox} or {@code \Inbox\Invoices}. */
    public static SyncScope of(String folderPath) {
        String path = folderPath == null ? "" : folderPath.strip().toLowerCase(Locale.ROOT);
        while (path.startsWith("\\") || path.startsWith("/")) {
            path = path.substring(1);
        }
        int separator = path.indexOf('\\');
        String top = separator < 0 ? path : path.substring(0, separator);
        if (ROOT.contains(path)) {
            return ALL;
        }
        if (INBOX.contains(top)) {
            return RECEIVED;
        }
        if (SENT_ITEMS.contains(top)) {
            return SENT;
        }
        return UNMATCHED;
    }

    boolean coversReceived() {
        return this == RECEIVED || this == ALL;
    }

    boolean coversSent() {
        return this == SENT || this == ALL;
    }
}
