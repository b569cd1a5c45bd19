package io.osprey.rules.engine;

import io.osprey.model.AuditEvent;
import io.osprey.model.MailAccess;

import java.util.Optional;
import java.util.function.Function;

/**
 * The scalar components of {@link AuditEvent} a field mapping can point at, by the names the mapping file
 * uses (the record component names, with a dot for nested values).
 */
public enum EventComponent {
    RECORD_ID("recordId", AuditEvent::recordId),
    CREATION_TIME("creationTime", AuditEvent::creationTime),
    OPERATION("operation", AuditEvent::operation),
    WORKLOAD("workload", AuditEvent::workload),
    RECORD_TYPE("recordType", AuditEvent::recordType),
    RECORD_TYPE_NAME("recordTypeName", AuditEvent::recordTypeName),
    RESULT_STATUS("resultStatus", AuditEvent::resultStatus),
    USER_ID("userId", AuditEvent::userId),
    USER_TYPE("userType", AuditEvent::userType),
    CLIENT_ADDRESS("clientAddress.normalized", event -> event.clientAddress() == null
            ? null : event.clientAddress().normalized()),
    CLIENT_ADDRESS_RAW("clientAddress.raw", event -> event.clientAddress() == null
            ? null : event.clientAddress().raw()),
    SESSION_ID("sessionId", AuditEvent::sessionId),
    APP_ID("appId", AuditEvent::appId),
    CLIENT_APP_ID("clientAppId", AuditEvent::clientAppId),
    CLIENT_INFO_STRING("clientInfoString", AuditEvent::clientInfoString),
    LOGON_TYPE("logonType", AuditEvent::logonType),
    MAILBOX_OWNER_UPN("mailboxOwnerUpn", AuditEvent::mailboxOwnerUpn),
    MAILBOX_GUID("mailboxGuid", AuditEvent::mailboxGuid),
    ORGANIZATION_ID("organizationId", AuditEvent::organizationId),
    OBJECT_ID("objectId", AuditEvent::objectId),
    FORMAT("format", AuditEvent::format),
    MAIL_ACCESS_TYPE("mailAccess.accessType", event -> mailAccess(event, MailAccess::accessType)),
    MAIL_ACCESS_THROTTLED("mailAccess.throttled", event -> mailAccess(event, MailAccess::throttled)),
    MAIL_ACCESS_OPERATION_COUNT("mailAccess.operationCount",
            event -> mailAccess(event, MailAccess::operationCount));

    private final String mappingName;
    private final Function<AuditEvent, Object> accessor;

    EventComponent(String mappingName, Function<AuditEvent, Object> accessor) {
        this.mappingName = mappingName;
        this.accessor = accessor;
    }

    public String mappingName() {
        return mappingName;
    }

    /** The component's value as text, or null when the event has none. */
    public String read(AuditEvent event) {
        Object value = accessor.apply(event);
        return value == null ? null : value.toString();
    }

    public static Optional<EventComponent> byMappingName(String name) {
        for (EventComponent component : values()) {
            if (component.mappingName.equals(name)) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }

    private static Object mailAccess(AuditEvent event, Function<MailAccess, Object> part) {
        return event.mailAccess() == null ? null : part.apply(event.mailAccess());
    }
}
