package io.osprey.analysis;

/** The verdict per mailbox, declared worst first (see the contract in DESIGN.md). */
public enum Verdict {
    /** Throttled while under investigation, or the attacker synced every folder seen in the mailbox. */
    ASSUME_FULL_COMPROMISE,
    /** The attacker synced some folders: all their items count as exposed. */
    FOLDERS_SYNCED,
    /** Bind access by the attacker to listed messages. */
    MESSAGES_ACCESSED,
    /** No MailItemsAccessed data covers the period, so nothing can be ruled out. */
    NOT_AUDITED,
    /** Audited, and no attacker access was found. */
    NO_EVIDENCE_OF_ACCESS
}
