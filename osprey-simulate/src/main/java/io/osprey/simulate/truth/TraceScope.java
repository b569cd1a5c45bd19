package io.osprey.simulate.truth;

/**
 * What a message trace can show of a synced folder (it has no folders): a synced Inbox, or a folder under it,
 * exposes the mail the mailbox received; a synced Sent Items the mail it sent; other folders nothing it can
 * list.
 */
public enum TraceScope {
    RECEIVED, SENT, NONE
}
