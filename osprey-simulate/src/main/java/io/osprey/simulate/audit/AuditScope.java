package io.osprey.simulate.audit;

import io.osprey.simulate.tenant.Message;

import java.util.SplittableRandom;

/** Where a {@link MailboxAuditor} draws randomness, resolves messages and delivers what it records. */
public interface AuditScope {
    SplittableRandom random();

    Message message(int folder, int index);

    void recorded(AuditedAccess access);

    /** A bind that happened but that no record shows because auditing was throttled. */
    void unrecordedWhileThrottled(AccessContext context, int folder, int index);
}
