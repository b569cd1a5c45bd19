package io.osprey.report.timeline;

import io.osprey.analysis.AccessContext;
import io.osprey.analysis.AccessRecord;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.analysis.Mailboxes;
import io.osprey.model.AuditEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the investigation's access context of a MailItemsAccessed event without an index of its own: the
 * mailbox's records are in time order, so a binary search on the time and a look at the records of that instant
 * find it.
 */
final class AttributionLookup {
    static final AttributionLookup NONE = new AttributionLookup(null);

    private final Map<String, MailboxInvestigation> mailboxes = new HashMap<>();
    private final Map<String, Map<String, AccessContext>> contexts = new HashMap<>();

    AttributionLookup(InvestigationResult result) {
        if (result != null) {
            for (MailboxInvestigation mailbox : result.mailboxes()) {
                mailboxes.put(mailbox.mailbox(), mailbox);
            }
        }
    }

    /** The context of the event in the investigation, or null when the investigation did not use it. */
    AccessContext contextOf(AuditEvent event) {
        if (!event.isMailItemsAccessed() || mailboxes.isEmpty()) {
            return null;
        }
        MailboxInvestigation mailbox = mailboxes.get(Mailboxes.keyOf(event));
        if (mailbox == null) {
            return null;
        }
        List<AccessRecord> records = mailbox.records();
        int low = 0;
        int high = records.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (records.get(middle).time().isBefore(event.creationTime())) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int index = low; index < records.size() && records.get(index).time().equals(event.creationTime());
             index++) {
            AccessRecord record = records.get(index);
            if (record.recordId().equals(event.recordId())) {
                return contexts.computeIfAbsent(mailbox.mailbox(), any -> mailbox.contextsById())
                        .get(record.contextId());
            }
        }
        return null;
    }
}
