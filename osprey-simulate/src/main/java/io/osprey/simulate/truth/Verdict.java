package io.osprey.simulate.truth;

/** The per-mailbox verdicts of the investigation contract (DESIGN.md), worst first. */
public enum Verdict {
    ASSUME_FULL_COMPROMISE, FOLDERS_SYNCED, MESSAGES_ACCESSED, NOT_AUDITED, NO_EVIDENCE_OF_ACCESS
}
