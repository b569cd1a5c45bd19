package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.AuditEvent;
import io.osprey.model.ClientAddress;
import io.osprey.model.MailAccess;
import io.osprey.model.SourceRecord;

import java.time.Instant;
import java.util.Map;

import static io.osprey.normalize.AuditField.ACTOR_IP_ADDRESS;
import static io.osprey.normalize.AuditField.APP_ID;
import static io.osprey.normalize.AuditField.CLIENT_APP_ID;
import static io.osprey.normalize.AuditField.CLIENT_INFO_STRING;
import static io.osprey.normalize.AuditField.CLIENT_IP;
import static io.osprey.normalize.AuditField.CLIENT_IP_ADDRESS;
import static io.osprey.normalize.AuditField.EXTENDED_PROPERTIES;
import static io.osprey.normalize.AuditField.LOGON_TYPE;
import static io.osprey.normalize.AuditField.MAILBOX_GUID;
import static io.osprey.normalize.AuditField.MAILBOX_OWNER_UPN;
import static io.osprey.normalize.AuditField.MODIFIED_PROPERTIES;
import static io.osprey.normalize.AuditField.OBJECT_ID;
import static io.osprey.normalize.AuditField.OPERATION_PROPERTIES;
import static io.osprey.normalize.AuditField.ORGANIZATION_ID;
import static io.osprey.normalize.AuditField.PARAMETERS;
import static io.osprey.normalize.AuditField.RECORD_TYPE;
import static io.osprey.normalize.AuditField.RESULT_STATUS;
import static io.osprey.normalize.AuditField.SESSION_ID;
import static io.osprey.normalize.AuditField.USER_ID;
import static io.osprey.normalize.AuditField.USER_TYPE;
import static io.osprey.normalize.AuditField.WORKLOAD;

/**
 * Reads the optional fields of one record (everything but Id, CreationTime and Operation, which the
 * {@link Normalizer} checks first) and assembles the event. One instance per call; not shared.
 */
final class EventAssembler {
    private final AuditFields fields;
    private final Map<String, String> envelope;
    private final Degradation degradation;
    private final RecordTypes recordTypes;

    EventAssembler(AuditFields fields, Map<String, String> envelope, Degradation degradation,
                   RecordTypes recordTypes) {
        this.fields = fields;
        this.envelope = envelope;
        this.degradation = degradation;
        this.recordTypes = recordTypes;
    }

    AuditEvent toEvent(String recordId, Instant creationTime, String operation, SourceRecord record) {
        RecordTypes.RecordType recordType = recordType();
        Map<String, String> operationProperties = fields.nameValues(OPERATION_PROPERTIES);
        MailAccess mailAccess = MailAccessReader.OPERATION.equalsIgnoreCase(operation)
                ? MailAccessReader.read(fields, operationProperties, degradation) : null;
        String sessionId = sessionId();
        String appId = firstText(fields.scalar(APP_ID), fields.contextApiId());
        String clientAppId = firstText(fields.scalar(CLIENT_APP_ID), fields.contextClientAppId());
        return new AuditEvent(recordId, creationTime, operation, fields.text(WORKLOAD),
                recordType.number(), recordType.name(), fields.text(RESULT_STATUS), userId(),
                EnumNames.USER_TYPES.name(fields.scalar(USER_TYPE)), clientAddress(), sessionId, appId,
                clientAppId, fields.text(CLIENT_INFO_STRING), EnumNames.LOGON_TYPES.name(fields.scalar(LOGON_TYPE)),
                fields.text(MAILBOX_OWNER_UPN), fields.text(MAILBOX_GUID), fields.text(ORGANIZATION_ID),
                fields.text(OBJECT_ID), operationProperties, fields.nameValues(PARAMETERS),
                fields.nameValues(MODIFIED_PROPERTIES), fields.nameValues(EXTENDED_PROPERTIES), mailAccess,
                record.auditDataJson(), record.format(), record.location(), degradation.isDegraded(),
                fields.fieldCount());
    }

    private RecordTypes.RecordType recordType() {
        RecordTypes.RecordType written = recordTypes.resolve(fields.scalar(RECORD_TYPE));
        if (written != RecordTypes.RecordType.NONE) {
            return written;
        }
        String fallback = Envelope.first(envelope, Envelope.RECORD_TYPE_KEYS);
        return fallback == null ? written : recordTypes.resolve(fallback);
    }

    private String userId() {
        String written = fields.text(USER_ID);
        return written != null ? written : Envelope.first(envelope, Envelope.USER_KEYS);
    }

    private ClientAddress clientAddress() {
        String raw = firstText(fields.scalar(CLIENT_IP_ADDRESS), fields.scalar(CLIENT_IP),
                fields.scalar(ACTOR_IP_ADDRESS));
        return ClientAddresses.of(raw);
    }

    /** SessionId, else AppAccessContext.AADSessionId, else the SessionId entry of DeviceProperties. */
    private String sessionId() {
        String sessionId = firstText(fields.scalar(SESSION_ID), fields.contextSessionId());
        Map<String, String> deviceProperties = fields.deviceProperties();
        if (sessionId != null || deviceProperties == null) {
            return sessionId;
        }
        if (fields.devicePropertiesLossy()) {
            degradation.mark();
        }
        String fromDevice = deviceProperties.get("SessionId");
        return fromDevice == null || fromDevice.isBlank() ? null : fromDevice;
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
