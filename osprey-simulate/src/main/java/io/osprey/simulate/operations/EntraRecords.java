package io.osprey.simulate.operations;

import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.EncodedStrings;
import io.osprey.simulate.record.JsonObject;
import io.osprey.simulate.record.RecordType;
import io.osprey.simulate.record.Times;
import io.osprey.simulate.record.UserType;
import io.osprey.simulate.tenant.RandomIds;
import io.osprey.simulate.tenant.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Entra ID sign-in records (RecordType 15, AzureActiveDirectoryStsLogon) in the shape of real exports:
 * ExtendedProperties with the user agent and request type, DeviceProperties with the session id, Actor and
 * Target lists, ErrorNumber (50126 for a wrong password).
 */
public final class EntraRecords {
    private final Tenant tenant;
    private final EncodedStrings text = new EncodedStrings();

    public EntraRecords(Tenant tenant) {
        this.tenant = tenant;
    }

    public AuditRecord signIn(SignIn signIn, SplittableRandom random) {
        String id = RandomIds.guid(random);
        String operation = signIn.success() ? "UserLoggedIn" : "UserLoginFailed";
        List<JsonObject> extended = new ArrayList<>(5);
        extended.add(nameValue("ResultStatusDetail", "Success"));
        if (signIn.success() && signIn.browserType() != null) {
            extended.add(nameValue("KeepMeSignedIn", "true"));
        }
        extended.add(nameValue("UserAgent", signIn.userAgent()));
        extended.add(nameValue("UserAuthenticationMethod", "1"));
        extended.add(nameValue("RequestType", signIn.requestType()));
        List<JsonObject> device = new ArrayList<>(4);
        device.add(nameValue("OS", signIn.operatingSystem()));
        if (signIn.browserType() != null) {
            device.add(nameValue("BrowserType", signIn.browserType()));
        }
        device.add(nameValue("IsCompliantAndManaged", "False"));
        if (signIn.success() && signIn.sessionId() != null) {
            device.add(nameValue("SessionId", signIn.sessionId()));
        }
        JsonObject.Builder data = JsonObject.builder(28)
                .put("CreationTime", Times.auditTime(signIn.time())).put("Id", id).put("Operation", operation)
                .put("OrganizationId", text.of(tenant.organizationId()))
                .put("RecordType", RecordType.AZURE_ACTIVE_DIRECTORY_STS_LOGON.number())
                .put("ResultStatus", "Success").put("UserKey", text.of(signIn.userObjectId()))
                .put("UserType", UserType.REGULAR.number()).put("Version", 1).put("Workload", "AzureActiveDirectory")
                .put("ClientIP", text.of(signIn.clientIp())).put("ObjectId", signIn.resourceId())
                .put("UserId", text.of(signIn.upn()))
                .put("AzureActiveDirectoryEventType", 1).put("ExtendedProperties", extended)
                .put("ModifiedProperties", List.of())
                .put("Actor", List.of(JsonObject.of("ID", signIn.userObjectId(), "Type", 0),
                        JsonObject.of("ID", signIn.upn(), "Type", 5)))
                .put("ActorContextId", text.of(tenant.organizationId()))
                .put("ActorIpAddress", text.of(signIn.clientIp()))
                .put("InterSystemsId", RandomIds.guid(random)).put("IntraSystemId", id).put("SupportTicketId", "")
                .put("Target", List.of(JsonObject.of("ID", signIn.resourceId(), "Type", 0)))
                .put("TargetContextId", text.of(tenant.organizationId()))
                .put("ApplicationId", signIn.applicationId())
                .put("DeviceProperties", device);
        if (signIn.success()) {
            data.put("ErrorNumber", "0");
        } else {
            data.put("ErrorNumber", "50126").put("LogonError", "InvalidUserNameOrPassword");
        }
        return new AuditRecord(id, signIn.time(), operation, RecordType.AZURE_ACTIVE_DIRECTORY_STS_LOGON,
                UserType.REGULAR, signIn.upn(), "AzureActiveDirectory", signIn.resourceId(), signIn.clientIp(),
                data.build());
    }

    static JsonObject nameValue(String name, String value) {
        return JsonObject.of("Name", name, "Value", value);
    }
}
