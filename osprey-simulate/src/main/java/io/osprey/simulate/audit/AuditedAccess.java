package io.osprey.simulate.audit;

import io.osprey.model.MailAccessType;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.tenant.Message;

import java.util.List;

/**
 * A MailItemsAccessed record the auditor wrote, with what it stands for.
 *
 * @param record     the record
 * @param context    the access context it was written for
 * @param accessType Bind or Sync
 * @param folder     the folder index
 * @param messages   the bound messages (empty for Sync)
 * @param throttled  whether the record carries IsThrottled True (auditing of binds stops for 24 hours)
 */
public record AuditedAccess(AuditRecord record, AccessContext context, MailAccessType accessType, int folder,
                            List<Message> messages, boolean throttled) {
}
