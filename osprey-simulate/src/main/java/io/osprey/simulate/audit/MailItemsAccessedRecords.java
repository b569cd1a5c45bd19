package io.osprey.simulate.audit;

import io.osprey.model.MailAccessType;
import com.fasterxml.jackson.core.io.SerializedString;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.EncodedStrings;
import io.osprey.simulate.record.JsonObject;
import io.osprey.simulate.record.RecordType;
import io.osprey.simulate.record.Times;
import io.osprey.simulate.tenant.Message;
import io.osprey.simulate.tenant.RandomIds;
import io.osprey.simulate.tenant.Tenant;
import io.osprey.simulate.tenant.UserProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds MailItemsAccessed records (RecordType 50, ExchangeItemAggregated) in the field order of real
 * records: a Bind record lists its messages under {@code Folders[].FolderItems[]} with OperationCount; a Sync
 * record names one folder and no items.
 */
public final class MailItemsAccessedRecords {
    public static final String OPERATION = "MailItemsAccessed";
    private static final JsonObject BIND = JsonObject.of("Name", "MailAccessType", "Value", "Bind");
    private static final JsonObject SYNC = JsonObject.of("Name", "MailAccessType", "Value", "Sync");
    private static final JsonObject NOT_THROTTLED = JsonObject.of("Name", "IsThrottled", "Value", "False");
    private static final JsonObject THROTTLED = JsonObject.of("Name", "IsThrottled", "Value", "True");

    private static final Object OPERATION_TEXT = new SerializedString(OPERATION);
    private static final Object SUCCEEDED = new SerializedString("Succeeded");
    private static final Object EXCHANGE = new SerializedString("Exchange");

    private final Tenant tenant;
    private final EncodedStrings text = new EncodedStrings();

    public MailItemsAccessedRecords(Tenant tenant) {
        this.tenant = tenant;
    }

    /**
     * One record.
     *
     * @param messages  the bound messages (empty for Sync)
     * @param throttled whether this record carries IsThrottled True
     */
    public AuditRecord build(long time, UserProfile mailbox, AccessContext context, MailAccessType accessType,
                             int folder, List<Message> messages, boolean throttled, SplittableRandom random) {
        String id = RandomIds.guid(random);
        JsonObject.Builder data = JsonObject.builder(34);
        AccessContext.Token token = context.token();
        if (token != null) {
            data.put("AppAccessContext", JsonObject.of("AADSessionId", token.aadSessionId(), "ClientAppId",
                    token.clientAppId(), "IssuedAtTime", Times.auditTime(token.issuedAt()), "UniqueTokenId",
                    token.uniqueTokenId()));
        }
        data.put("CreationTime", Times.auditTime(time)).put("Id", id).put("Operation", OPERATION_TEXT)
                .put("OrganizationId", text.of(tenant.organizationId()))
                .put("RecordType", RecordType.EXCHANGE_ITEM_AGGREGATED.number()).put("ResultStatus", SUCCEEDED)
                .put("UserKey", text.of(context.userKey())).put("UserType", context.userType().number())
                .put("Version", 1).put("Workload", EXCHANGE).put("UserId", text.of(context.userId()))
                .put("AppId", text.of(context.appId())).put("ClientAppId", text.of(context.clientAppId()))
                .put("ClientIPAddress", text.of(context.clientIpAddress()))
                .put("ClientInfoString", text.of(context.clientInfoString()))
                .put("ExternalAccess", Quirks.externalAccess(false, random)).put("InternalLogonType", 0)
                .put("LogonType", context.logonType().number()).put("LogonUserSid", text.of(context.logonUserSid()))
                .put("MailboxGuid", text.of(mailbox.mailboxGuid())).put("MailboxOwnerSid", text.of(mailbox.sid()))
                .put("MailboxOwnerUPN", text.of(mailbox.upn()))
                .put("OperationProperties", operationProperties(accessType, throttled, random))
                .put("OrganizationName", text.of(tenant.organizationName()))
                .put("OriginatingServer", text.of(tenant.originatingServer(mailbox.server())))
                .put("SessionId", text.of(context.sessionId()));
        if (token != null) {
            data.put("TokenObjectId", text.of(mailbox.objectId()))
                    .put("TokenTenantId", text.of(tenant.organizationId()));
        }
        boolean sync = accessType == MailAccessType.SYNC;
        data.put("Folders", List.of(folder(mailbox, context, folder, sync ? List.of() : messages, random, text)));
        data.put("OperationCount", sync ? 1 : messages.size());
        return new AuditRecord(id, time, OPERATION, RecordType.EXCHANGE_ITEM_AGGREGATED, context.userType(),
                context.userId(), "Exchange", null, context.clientIp(), data.build());
    }

    private static List<JsonObject> operationProperties(MailAccessType accessType, boolean throttled,
                                                        SplittableRandom random) {
        JsonObject access = accessType == MailAccessType.SYNC ? SYNC : BIND;
        if (!throttled && Quirks.omitIsThrottled(random)) {
            return List.of(access);
        }
        return List.of(access, throttled ? THROTTLED : NOT_THROTTLED);
    }

    private static JsonObject folder(UserProfile mailbox, AccessContext context, int folder, List<Message> messages,
                                     SplittableRandom random, EncodedStrings text) {
        String path = mailbox.folderPath(folder);
        if (!messages.isEmpty() && Quirks.pathWithoutBackslash(random)) {
            path = path.substring(1);
        }
        JsonObject.Builder entry = JsonObject.builder(3);
        if (!messages.isEmpty()) {
            boolean bare = Quirks.bareMessageIds(random);
            List<JsonObject> items = new ArrayList<>(messages.size());
            for (Message message : messages) {
                items.add(item(message, context.restItemIds(), bare));
            }
            entry.put("FolderItems", items);
        }
        return entry.put("Id", text.of(mailbox.folderId(folder))).put("Path", text.of(path)).build();
    }

    private static JsonObject item(Message message, boolean restIds, boolean bareId) {
        String internetMessageId = bareId ? Quirks.withoutBrackets(message.internetMessageId())
                : message.internetMessageId();
        if (restIds) {
            return JsonObject.of("Id", message.restItemId(), "ImmutableId", message.immutableId(),
                    "InternetMessageId", internetMessageId, "SizeInBytes", message.sizeInBytes());
        }
        return JsonObject.of("InternetMessageId", internetMessageId, "SizeInBytes", message.sizeInBytes());
    }
}
