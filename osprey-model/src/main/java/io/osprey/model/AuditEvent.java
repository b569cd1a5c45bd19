package io.osprey.model;

import java.time.Instant;
import java.util.Map;

/**
 * One normalized Unified Audit Log record. The AuditData JSON is the truth; every field here is derived from
 * it (wrapper fields only where AuditData lacks them) and the verbatim JSON travels beside it.
 *
 * <p>The component list mirrors the Management Activity API common and Exchange mailbox schemas, which is why
 * it is long; everything else about the record stays in {@link #rawJson()}.
 *
 * @param recordId            AuditData.Id
 * @param creationTime        AuditData.CreationTime, UTC
 * @param recordType          the numeric AuditLogRecordType, or null when only a name was given and it is unknown
 * @param recordTypeName      the PascalCase AuditLogRecordType name, or null
 * @param userType            the UserType name (Regular, Admin, Application, ...), or null
 * @param clientAddress       ClientIP / ClientIPAddress / ActorIpAddress, normalized with the raw value kept
 * @param sessionId           SessionId, else AppAccessContext.AADSessionId, else DeviceProperties SessionId
 * @param logonType           the LogonType name (Owner, Admin, Delegated, ...), or null
 * @param operationProperties OperationProperties as a name-to-value map
 * @param parameters          Parameters as a name-to-value map
 * @param modifiedProperties  ModifiedProperties as a name-to-new-value map
 * @param extendedProperties  ExtendedProperties as a name-to-value map
 * @param mailAccess          the MailItemsAccessed details, null for other operations
 * @param degraded            the envelope lost information (PowerShell flattening); message ids may be missing
 * @param fieldCount          how many AuditData fields carried a value: the richness used to choose between copies
 */
public record AuditEvent(
        String recordId,
        Instant creationTime,
        String operation,
        String workload,
        Integer recordType,
        String recordTypeName,
        String resultStatus,
        String userId,
        String userType,
        ClientAddress clientAddress,
        String sessionId,
        String appId,
        String clientAppId,
        String clientInfoString,
        String logonType,
        String mailboxOwnerUpn,
        String mailboxGuid,
        String organizationId,
        String objectId,
        Map<String, String> operationProperties,
        Map<String, String> parameters,
        Map<String, String> modifiedProperties,
        Map<String, String> extendedProperties,
        MailAccess mailAccess,
        String rawJson,
        String format,
        SourceLocation location,
        boolean degraded,
        int fieldCount) {

    public AuditEvent {
        operationProperties = Map.copyOf(operationProperties);
        parameters = Map.copyOf(parameters);
        modifiedProperties = Map.copyOf(modifiedProperties);
        extendedProperties = Map.copyOf(extendedProperties);
    }

    /** The identity of the audit event across exports: Id, CreationTime and Operation together. */
    public EventKey key() {
        return new EventKey(recordId, creationTime, operation);
    }

    public boolean isMailItemsAccessed() {
        return mailAccess != null;
    }
}
