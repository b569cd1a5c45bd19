package io.osprey.simulate.activity;

import io.osprey.simulate.audit.AccessContext;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.truth.FindingKind;

/** Something that happens in a user's day, in time order: a mailbox access, or a finished record. */
public sealed interface Action permits Action.Bind, Action.Sync, Action.Emit {
    long time();

    /** A message opened in a mailbox (the auditor decides whether and how it is recorded). */
    record Bind(long time, AccessContext context, int folder, int message) implements Action {
    }

    /** A folder synchronized by a desktop Outlook client. */
    record Sync(long time, AccessContext context, int folder) implements Action {
    }

    /**
     * A record written as is (sign-in, send, inbox rule, directory change).
     *
     * @param attacker whether the attacker caused it
     * @param finding  the finding it should raise, or null
     * @param detail   a short explanation for the finding, or null
     */
    record Emit(long time, AuditRecord record, boolean attacker, FindingKind finding, String detail)
            implements Action {
        public static Emit benign(AuditRecord record) {
            return new Emit(record.creationTime(), record, false, null, null);
        }

        public static Emit attacker(AuditRecord record, FindingKind finding, String detail) {
            return new Emit(record.creationTime(), record, true, finding, detail);
        }
    }
}
