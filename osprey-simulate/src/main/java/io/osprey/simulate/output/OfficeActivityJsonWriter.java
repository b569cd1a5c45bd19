package io.osprey.simulate.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.JsonObject;
import io.osprey.simulate.record.JsonText;
import io.osprey.simulate.record.JsonWriting;
import io.osprey.simulate.record.LogonType;
import io.osprey.simulate.record.Times;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * {@code office-activity-json}: Microsoft Sentinel {@code OfficeActivity} rows, one per line. Columns are
 * renamed as the table names them ({@code Client_IPAddress}, {@code Logon_Type} as a name, {@code OfficeWorkload},
 * {@code OfficeId} and {@code SourceRecordId}, {@code OfficeObjectId}); RecordType is a string, UserType a
 * name, ExternalAccess the string {@code "False"}; nested values (Folders, OperationProperties, Parameters,
 * ExtendedProperties, ...) are JSON text; {@code TimeGenerated} carries the time. CreationTime, Version and
 * SessionId are not columns of the table.
 */
final class OfficeActivityJsonWriter implements RecordWriter {
    private static final Map<String, String> RENAMED = Map.of("Workload", "OfficeWorkload",
            "ClientIPAddress", "Client_IPAddress", "ObjectId", "OfficeObjectId",
            "AzureActiveDirectoryEventType", "AzureActiveDirectory_EventType");
    private static final List<String> DROPPED = List.of("CreationTime", "Version", "SessionId");

    private final JsonGenerator generator;
    private final JsonText nested;
    private final String workspaceTenantId;

    OfficeActivityJsonWriter(JsonFactory factory, OutputStream output, String workspaceTenantId) throws IOException {
        this.generator = factory.createGenerator(output);
        this.generator.setRootValueSeparator(null);
        this.nested = new JsonText(factory);
        this.workspaceTenantId = workspaceTenantId;
    }

    @Override
    public void write(AuditRecord record) throws IOException {
        JsonObject data = record.auditData();
        generator.writeStartObject();
        generator.writeStringField("TenantId", workspaceTenantId);
        generator.writeStringField("TimeGenerated", Times.isoUtc(record.creationTime()));
        for (int index = 0; index < data.size(); index++) {
            column(data.name(index), data.value(index), record);
        }
        generator.writeStringField("SourceSystem", "OfficeActivityManager");
        generator.writeStringField("Type", "OfficeActivity");
        generator.writeEndObject();
        generator.writeRaw('\n');
    }

    private void column(String name, Object value, AuditRecord record) throws IOException {
        if (DROPPED.contains(name)) {
            return;
        }
        switch (name) {
            case "Id" -> {
                generator.writeStringField("OfficeId", record.id());
                generator.writeStringField("SourceRecordId", record.id());
            }
            case "RecordType" -> generator.writeStringField("RecordType", value.toString());
            case "UserType" -> generator.writeStringField("UserType", record.userType().pascalName());
            case "LogonType" -> generator.writeStringField("Logon_Type", LogonType.labelOf((Integer) value));
            case "ExternalAccess" -> generator.writeStringField("ExternalAccess",
                    Boolean.parseBoolean(value.toString()) ? "True" : "False");
            case "UserId", "OrganizationId" -> {
                generator.writeStringField(name, value.toString());
                generator.writeStringField(name + "_", value.toString());
            }
            default -> {
                generator.writeFieldName(RENAMED.getOrDefault(name, name));
                if (value instanceof JsonObject || value instanceof List<?>) {
                    generator.writeString(nested.render(value));
                } else {
                    JsonWriting.writeValue(generator, value);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }
}
