package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.AuditEvent;
import io.osprey.model.ClientAddress;
import io.osprey.model.MailAccess;
import io.osprey.model.SourceRecord;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads the optional fields of one record (everything but Id, CreationTime and Operation, which the
 * {@link Normalizer} checks first) and assembles the event. One instance per call; not shared.
 */
final class EventAssembler {
    private final JsonNode auditData;
    private final Map<String, String> envelope;
    private final Degradation degradation;
    private final RecordTypes recordTypes;

    EventAssembler(JsonNode auditData, Map<String, String> envelope, Degradation degradation,
                   RecordTypes recordTypes) {
        this.auditData = auditData;
        this.envelope = envelope;
        this.degradation = degradation;
        this.recordTypes = recordTypes;
    }

    AuditEvent toEvent(String recordId, Instant creationTime, String operation, SourceRecord record) {
        RecordTypes.RecordType recordType = recordType();
        Map<String, String> operationProperties = nameValues("OperationProperties", NameValueLists.VALUE);
        Map<String, String> parameters = nameValues("Parameters", NameValueLists.VALUE);
        Map<String, String> modifiedProperties = nameValues("ModifiedProperties", NameValueLists.NEW_VALUE);
        Map<String, String> extendedProperties = nameValues("ExtendedProperties", NameValueLists.VALUE);
        JsonNode appAccessContext = StructuredValues.resolve(auditData.get("AppAccessContext"), degradation);
        MailAccess mailAccess = MailAccessReader.OPERATION.equalsIgnoreCase(operation)
                ? MailAccessReader.read(auditData, operationProperties, degradation) : null;
        String sessionId = sessionId(appAccessContext);
        String appId = firstText(auditData.get("AppId"), field(appAccessContext, "APIId"));
        String clientAppId = firstText(auditData.get("ClientAppId"), field(appAccessContext, "ClientAppId"));
        int fieldCount = fieldCount(); // last: it also marks flattened top-level values as degraded
        return new AuditEvent(recordId, creationTime, operation, text("Workload"),
                recordType.number(), recordType.name(), text("ResultStatus"), userId(),
                EnumNames.USER_TYPES.name(auditData.get("UserType")), clientAddress(), sessionId, appId,
                clientAppId, text("ClientInfoString"), EnumNames.LOGON_TYPES.name(auditData.get("LogonType")),
                text("MailboxOwnerUPN"), text("MailboxGuid"), text("OrganizationId"), text("ObjectId"),
                operationProperties, parameters, modifiedProperties, extendedProperties, mailAccess,
                record.auditDataJson(), record.format(), record.location(), degradation.isDegraded(),
                fieldCount);
    }

    private RecordTypes.RecordType recordType() {
        RecordTypes.RecordType written = recordTypes.resolve(auditData.get("RecordType"));
        if (written != RecordTypes.RecordType.NONE) {
            return written;
        }
        String fallback = Envelope.first(envelope, Envelope.RECORD_TYPE_KEYS);
        return fallback == null ? written : recordTypes.resolve(fallback);
    }

    private String userId() {
        String written = text("UserId");
        return written != null ? written : Envelope.first(envelope, Envelope.USER_KEYS);
    }

    private ClientAddress clientAddress() {
        String raw = firstText(auditData.get("ClientIPAddress"), auditData.get("ClientIP"),
                auditData.get("ActorIpAddress"));
        return ClientAddresses.of(raw);
    }

    private String sessionId(JsonNode appAccessContext) {
        String sessionId = firstText(auditData.get("SessionId"), field(appAccessContext, "AADSessionId"));
        if (sessionId != null || !auditData.has("DeviceProperties")) {
            return sessionId;
        }
        String fromDevice = nameValues("DeviceProperties", NameValueLists.VALUE).get("SessionId");
        return fromDevice == null || fromDevice.isBlank() ? null : fromDevice;
    }

    private Map<String, String> nameValues(String field, String valueKey) {
        JsonNode value = auditData.get(field);
        return value == null ? Map.of() : NameValueLists.read(value, valueKey, degradation);
    }

    /**
     * Counts the top-level fields that carry a value, and marks the record degraded when one of them (or an
     * element of a top-level array) is a PowerShell rendering or type name instead of data.
     */
    private int fieldCount() {
        int count = 0;
        for (Iterator<JsonNode> values = auditData.elements(); values.hasNext(); ) {
            JsonNode value = values.next();
            if (JsonValues.hasContent(value)) {
                count++;
                if (isFlattened(value)) {
                    degradation.mark();
                }
            }
        }
        return count;
    }

    private static boolean isFlattened(JsonNode value) {
        if (value.isTextual()) {
            return PowerShellFlattening.isFlattenedValue(value.textValue());
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (element.isTextual() && PowerShellFlattening.isFlattenedValue(element.textValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    private String text(String field) {
        return JsonValues.text(auditData, field);
    }

    private static JsonNode field(JsonNode object, String name) {
        return object == null || !object.isObject() ? null : object.get(name);
    }

    /** The first value that is present and not blank, as text. */
    private static String firstText(JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            String text = JsonValues.text(candidate);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }
}
