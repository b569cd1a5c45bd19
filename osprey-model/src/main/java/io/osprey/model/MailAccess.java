package io.osprey.model;

import java.util.List;

/**
 * The MailItemsAccessed part of an audit event.
 *
 * @param accessType     Bind or Sync, read by name from OperationProperties
 * @param throttled      IsThrottled read by name; null when the record does not say
 * @param operationCount OperationCount (number of aggregated binds), or null
 * @param items          one row per accessed message, or per folder for Sync; empty when the record is
 *                       degraded and the items were lost
 */
public record MailAccess(MailAccessType accessType, Boolean throttled, Integer operationCount,
                         List<AccessedItem> items) {
    public MailAccess {
        items = List.copyOf(items);
    }
}
