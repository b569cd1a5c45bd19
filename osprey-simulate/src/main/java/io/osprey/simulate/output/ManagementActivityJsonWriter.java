package io.osprey.simulate.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.JsonWriting;

import java.io.IOException;
import java.io.OutputStream;

/** {@code management-activity-json}: the bare AuditData record, one compact JSON object per line. */
final class ManagementActivityJsonWriter implements RecordWriter {
    private final JsonGenerator generator;

    ManagementActivityJsonWriter(JsonFactory factory, OutputStream output) throws IOException {
        generator = factory.createGenerator(output);
        generator.setRootValueSeparator(null);
    }

    @Override
    public void write(AuditRecord record) throws IOException {
        JsonWriting.writeObject(generator, record.auditData());
        generator.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }
}
