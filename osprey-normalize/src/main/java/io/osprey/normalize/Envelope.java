package io.osprey.normalize;

import java.util.Map;

/**
 * The wrapper's own fields, consulted only where AuditData lacks a value. Keys cover the Purview CSV
 * ({@code RecordId, CreationDate, RecordType, Operation, UserId}), Search-UnifiedAuditLog
 * ({@code Identity, Operations, UserIds}) and Graph ({@code id, createdDateTime, auditLogRecordType,
 * operation, userPrincipalName}) layouts.
 */
final class Envelope {
    static final String[] ID_KEYS = {"RecordId", "Identity", "id", "Id"};
    static final String[] TIME_KEYS = {"CreationDate", "createdDateTime", "CreationTime"};
    static final String[] OPERATION_KEYS = {"Operation", "Operations", "operation"};
    static final String[] RECORD_TYPE_KEYS = {"RecordType", "auditLogRecordType"};
    static final String[] USER_KEYS = {"UserId", "UserIds", "userPrincipalName", "userId"};

    private Envelope() {
    }

    /** The first of the keys with a non-blank value, trimmed; null when none has one. */
    static String first(Map<String, String> envelope, String[] keys) {
        for (String key : keys) {
            String value = envelope.get(key);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
