package io.osprey.analysis;

import io.osprey.model.MailAccessType;

import java.time.Instant;

/**
 * One MailItemsAccessed record as the playbook uses it: the evidence behind sync_events.csv and bind_events.csv.
 *
 * @param folders        the distinct folders the record lists, joined with "; "
 * @param itemCount      items listed (messages, or folders for Sync); 0 when lost or absent
 * @param operationCount OperationCount as written, or null
 * @param throttled      IsThrottled as written, or null when the record does not say
 * @param degraded       the envelope lost information: message ids may be missing
 */
public record AccessRecord(String recordId, Instant time, String contextId, MailAccessType accessType,
                           Boolean throttled, Integer operationCount, String folders, int itemCount,
                           boolean degraded) {
}
