package io.osprey.simulate.output;

import io.osprey.simulate.record.AuditRecord;

import java.io.Closeable;
import java.io.IOException;

/** Writes records into one evidence file in one format. */
public interface RecordWriter extends Closeable {
    void write(AuditRecord record) throws IOException;
}
