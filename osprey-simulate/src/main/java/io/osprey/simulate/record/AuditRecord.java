package io.osprey.simulate.record;

/**
 * One simulated audit record: the AuditData object plus the few values every envelope repeats outside it.
 *
 * @param id             AuditData.Id
 * @param creationTime   AuditData.CreationTime as epoch seconds (UTC)
 * @param operation      AuditData.Operation
 * @param recordType     AuditData.RecordType
 * @param userType       AuditData.UserType
 * @param userId         AuditData.UserId
 * @param workload       AuditData.Workload (Graph's {@code service})
 * @param objectId       AuditData.ObjectId, or null
 * @param clientIp       the bare client address (no port, brackets or {@code ::ffff:}), for Graph's
 *                       {@code clientIp}; null when the record has none
 * @param auditData      the full AuditData object, PascalCase field names
 */
public record AuditRecord(String id, long creationTime, String operation, RecordType recordType,
                          UserType userType, String userId, String workload, String objectId, String clientIp,
                          JsonObject auditData) {
}
