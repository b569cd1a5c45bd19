package io.osprey.simulate.operations;

import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.JsonObject;
import io.osprey.simulate.record.RecordType;
import io.osprey.simulate.record.Times;
import io.osprey.simulate.record.UserType;
import io.osprey.simulate.tenant.RandomIds;
import io.osprey.simulate.tenant.Tenant;

import java.util.List;
import java.util.SplittableRandom;

/** Writes {@link DirectoryChange}s as Entra ID audit records (RecordType 8) in the shape of real exports. */
public final class DirectoryRecords {
    private final Tenant tenant;

    public DirectoryRecords(Tenant tenant) {
        this.tenant = tenant;
    }

    public AuditRecord build(DirectoryChange change, SplittableRandom random) {
        String id = RandomIds.guid(random);
        DirectoryChange.Actor actor = change.actor();
        JsonObject data = JsonObject.builder(22)
                .put("CreationTime", Times.auditTime(change.time())).put("Id", id)
                .put("Operation", change.operation()).put("OrganizationId", tenant.organizationId())
                .put("RecordType", RecordType.AZURE_ACTIVE_DIRECTORY.number()).put("ResultStatus", "Success")
                .put("UserKey", actor.puid() + "@" + tenant.organizationName())
                .put("UserType", UserType.REGULAR.number()).put("Version", 1).put("Workload", "AzureActiveDirectory")
                .put("ObjectId", change.objectId()).put("UserId", actor.upn()).put("AzureActiveDirectoryEventType", 1)
                .put("ExtendedProperties", List.of(
                        EntraRecords.nameValue("additionalDetails", change.additionalDetails()),
                        EntraRecords.nameValue("extendedAuditEventCategory", change.category())))
                .put("ModifiedProperties", change.modifiedProperties())
                .put("Actor", List.of(DirectoryChange.target(actor.upn(), 5), DirectoryChange.target(actor.puid(), 3),
                        DirectoryChange.target("User_" + actor.objectId(), 2),
                        DirectoryChange.target(actor.objectId(), 2), DirectoryChange.target("User", 2)))
                .put("ActorContextId", tenant.organizationId()).put("InterSystemsId", RandomIds.guid(random))
                .put("IntraSystemId", RandomIds.guid(random)).put("SupportTicketId", "")
                .put("Target", change.targets()).put("TargetContextId", tenant.organizationId())
                .build();
        return new AuditRecord(id, change.time(), change.operation(), RecordType.AZURE_ACTIVE_DIRECTORY,
                UserType.REGULAR, actor.upn(), "AzureActiveDirectory", change.objectId(), null, data);
    }
}
