package io.osprey.simulate.output;

import io.osprey.simulate.record.AuditRecord;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;

/** Receives the simulated records day by day, in the order they are generated. */
public interface RecordSink extends Closeable {
    /** The records that follow belong to this day (UTC). */
    void startDay(LocalDate day) throws IOException;

    void accept(AuditRecord record) throws IOException;

    /** How many copies of records this sink wrote beyond the first (overlapping acquisitions). */
    default long duplicatesWritten() {
        return 0;
    }
}
