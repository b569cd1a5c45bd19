package io.osprey.report.timeline;

/**
 * What the timeline exports hold.
 *
 * @param events           audit events written to the Timesketch exports
 * @param findings         hunt findings written to the Timesketch exports
 * @param sofElkRecords    AuditData lines written to the SOF-ELK export
 * @param sofElkUnreadable events whose kept AuditData is not one JSON object (left out of the SOF-ELK export)
 */
public record TimelineCounts(long events, long findings, long sofElkRecords, long sofElkUnreadable) {
}
