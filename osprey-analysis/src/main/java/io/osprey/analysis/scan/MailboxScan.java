package io.osprey.analysis.scan;

import io.osprey.analysis.AccessRecord;
import io.osprey.analysis.ProbableThrottle;
import io.osprey.analysis.TimeWindow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Everything one pass over one mailbox's MailItemsAccessed records yields, before tenant-wide attribution.
 *
 * @param contexts            the access contexts in order of first appearance
 * @param records             every MailItemsAccessed record in time order
 * @param messages            per normalized InternetMessageId, in order of first access
 * @param foldersSeen         every folder the records list: comparison key to displayed path
 * @param days                per UTC epoch day
 * @param degradedRecords     records whose envelope lost information
 * @param bindRecordsWithoutItems Bind records that list no message (lost or never written)
 */
public record MailboxScan(String mailbox, List<ContextTally> contexts, List<AccessRecord> records,
                          Map<String, MessageTally> messages, Map<String, String> foldersSeen,
                          List<TimeWindow> throttledWindows, List<ProbableThrottle> probableThrottling,
                          SortedMap<Long, DayTally> days, Instant firstRecord, Instant lastRecord,
                          int degradedRecords, int bindRecordsWithoutItems) {

    public static MailboxScan empty(String mailbox) {
        return new MailboxScan(mailbox, List.of(), List.of(), Map.of(), Map.of(), List.of(), List.of(),
                new java.util.TreeMap<>(), null, null, 0, 0);
    }

    public boolean hasRecords() {
        return !records.isEmpty();
    }
}
