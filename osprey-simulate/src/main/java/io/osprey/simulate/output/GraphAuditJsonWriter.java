package io.osprey.simulate.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.JsonWriting;
import io.osprey.simulate.record.Times;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code graph-audit-json}: Microsoft Graph {@code auditLogRecord} objects, one per line: a camelCase wrapper
 * (record type and user type as camelCase enum names, time with a {@code Z}) around the PascalCase AuditData,
 * which Graph types as {@code defaultAuditData}.
 */
final class GraphAuditJsonWriter implements RecordWriter {
    private final JsonGenerator generator;

    GraphAuditJsonWriter(JsonFactory factory, OutputStream output) throws IOException {
        generator = factory.createGenerator(output);
        generator.setRootValueSeparator(null);
    }

    @Override
    public void write(AuditRecord record) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("@odata.type", "#microsoft.graph.security.auditLogRecord");
        generator.writeStringField("id", record.id());
        generator.writeStringField("createdDateTime", Times.isoUtc(record.creationTime()));
        generator.writeStringField("auditLogRecordType", record.recordType().camelName());
        generator.writeStringField("operation", record.operation());
        generator.writeStringField("organizationId", record.auditData().text("OrganizationId"));
        generator.writeStringField("userType", record.userType().camelName());
        generator.writeStringField("userId", record.userId());
        generator.writeStringField("service", record.workload());
        generator.writeStringField("objectId", record.objectId());
        generator.writeStringField("userPrincipalName", record.userId());
        generator.writeStringField("clientIp", record.clientIp());
        generator.writeArrayFieldStart("administrativeUnits");
        generator.writeEndArray();
        generator.writeObjectFieldStart("auditData");
        generator.writeStringField("@odata.type", "#microsoft.graph.security.defaultAuditData");
        JsonWriting.writeFields(generator, record.auditData());
        generator.writeEndObject();
        generator.writeEndObject();
        generator.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }
}
