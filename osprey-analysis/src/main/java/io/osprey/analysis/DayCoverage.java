package io.osprey.analysis;

import java.time.LocalDate;

/** MailItemsAccessed coverage of one mailbox on one UTC day. */
public record DayCoverage(LocalDate day, int records, int bindRecords, int syncRecords, int throttledRecords,
                          long itemsListed, CoverageStatus status) {
}
