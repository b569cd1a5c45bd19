package io.osprey.simulate.tenant;

/** The well-known folders of a simulated mailbox plus one custom folder; the ordinal is the folder index. */
public enum MailFolder {
    INBOX, SENT_ITEMS, ARCHIVE, DRAFTS, DELETED_ITEMS, CUSTOM;

    public static final int COUNT = values().length;

    public static MailFolder of(int index) {
        return values()[index];
    }
}
