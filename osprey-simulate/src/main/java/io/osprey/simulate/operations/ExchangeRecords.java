package io.osprey.simulate.operations;

import io.osprey.simulate.audit.AccessContext;
import io.osprey.simulate.audit.Quirks;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.EncodedStrings;
import io.osprey.simulate.record.JsonObject;
import io.osprey.simulate.record.RecordType;
import io.osprey.simulate.record.Times;
import io.osprey.simulate.record.UserType;
import io.osprey.simulate.tenant.MailFolder;
import io.osprey.simulate.tenant.Message;
import io.osprey.simulate.tenant.RandomIds;
import io.osprey.simulate.tenant.Tenant;
import io.osprey.simulate.tenant.UserProfile;

import java.util.SplittableRandom;

/**
 * Exchange mailbox records other than MailItemsAccessed: {@code Send} (RecordType 2, ExchangeItem) and
 * {@code SearchQueryInitiatedExchange} (RecordType 101, ExchangeSearch). The search record's shape beyond
 * QueryText, QuerySource and ScenarioName is modelled on the Exchange mailbox schema (no public sample).
 */
public final class ExchangeRecords {
    private final Tenant tenant;
    private final EncodedStrings text = new EncodedStrings();

    public ExchangeRecords(Tenant tenant) {
        this.tenant = tenant;
    }

    public AuditRecord send(long time, UserProfile mailbox, AccessContext context, Message message, String subject,
                            SplittableRandom random) {
        String id = RandomIds.guid(random);
        JsonObject item = JsonObject.builder(5).put("Id", message.restItemId())
                .put("InternetMessageId", message.internetMessageId())
                .put("ParentFolder", JsonObject.of("Id", mailbox.folderId(MailFolder.SENT_ITEMS.ordinal()),
                        "Path", mailbox.folderPath(MailFolder.SENT_ITEMS.ordinal())))
                .put("SizeInBytes", message.sizeInBytes()).put("Subject", subject).build();
        JsonObject data = mailboxFields(time, id, "Send", RecordType.EXCHANGE_ITEM, mailbox, context, random)
                .put("Item", item).build();
        return new AuditRecord(id, time, "Send", RecordType.EXCHANGE_ITEM, context.userType(), context.userId(),
                "Exchange", null, context.clientIp(), data);
    }

    public AuditRecord search(long time, UserProfile mailbox, AccessContext context, String queryText,
                              String querySource, SplittableRandom random) {
        String id = RandomIds.guid(random);
        String operation = "SearchQueryInitiatedExchange";
        JsonObject data = mailboxFields(time, id, operation, RecordType.EXCHANGE_SEARCH, mailbox, context, random)
                .put("QuerySource", querySource).put("QueryText", queryText).put("ScenarioName", "Mail.Search")
                .build();
        return new AuditRecord(id, time, operation, RecordType.EXCHANGE_SEARCH, context.userType(),
                context.userId(), "Exchange", null, context.clientIp(), data);
    }

    private JsonObject.Builder mailboxFields(long time, String id, String operation, RecordType recordType,
                                             UserProfile mailbox, AccessContext context, SplittableRandom random) {
        return JsonObject.builder(30).put("CreationTime", Times.auditTime(time)).put("Id", id)
                .put("Operation", operation).put("OrganizationId", text.of(tenant.organizationId()))
                .put("RecordType", recordType.number()).put("ResultStatus", "Succeeded")
                .put("UserKey", text.of(context.userKey())).put("UserType", context.userType().number())
                .put("Version", 1).put("Workload", "Exchange").put("ClientIP", text.of(context.clientIp()))
                .put("UserId", text.of(context.userId())).put("AppId", text.of(context.appId()))
                .put("ClientAppId", text.of(context.clientAppId()))
                .put("ClientIPAddress", text.of(context.clientIpAddress()))
                .put("ClientInfoString", text.of(context.clientInfoString()))
                .put("ExternalAccess", Quirks.externalAccess(false, random)).put("InternalLogonType", 0)
                .put("LogonType", context.logonType().number()).put("LogonUserSid", text.of(context.logonUserSid()))
                .put("MailboxGuid", text.of(mailbox.mailboxGuid())).put("MailboxOwnerSid", text.of(mailbox.sid()))
                .put("MailboxOwnerUPN", text.of(mailbox.upn()))
                .put("OrganizationName", text.of(tenant.organizationName()))
                .put("OriginatingServer", text.of(tenant.originatingServer(mailbox.server())))
                .put("SessionId", text.of(context.sessionId()));
    }

    /** The Exchange admin records of cmdlets (RecordType 1): inbox rules, Set-Mailbox. */
    public AuditRecord cmdlet(Cmdlet cmdlet, SplittableRandom random) {
        String id = RandomIds.guid(random);
        JsonObject.Builder data = JsonObject.builder(24);
        if (cmdlet.sessionId() != null) {
            data.put("AppAccessContext", JsonObject.of("IssuedAtTime", Times.auditTime(cmdlet.time() - 600
                    - random.nextInt(3_000)), "UniqueTokenId", RandomIds.uniqueTokenId(random)));
        }
        data.put("CreationTime", Times.auditTime(cmdlet.time())).put("Id", id).put("Operation", cmdlet.operation())
                .put("OrganizationId", tenant.organizationId()).put("RecordType", RecordType.EXCHANGE_ADMIN.number())
                .put("ResultStatus", "True").put("UserKey", cmdlet.actorPuid())
                .put("UserType", UserType.ADMIN.number()).put("Version", 1).put("Workload", "Exchange")
                .put("ClientIP", Quirks.addressWithPort(cmdlet.clientIp(), random))
                .put("ObjectId", cmdlet.objectId()).put("UserId", cmdlet.actorUpn()).put("AppId", cmdlet.appId())
                .put("ClientAppId", "").put("ExternalAccess", false).put("OrganizationName", tenant.organizationName())
                .put("OriginatingServer", tenant.adminOriginatingServer(cmdlet.server()))
                .put("Parameters", cmdlet.parameters()).put("SessionId", cmdlet.sessionId());
        return new AuditRecord(id, cmdlet.time(), cmdlet.operation(), RecordType.EXCHANGE_ADMIN, UserType.ADMIN,
                cmdlet.actorUpn(), "Exchange", cmdlet.objectId(), cmdlet.clientIp(), data.build());
    }

    /** The ObjectId of an inbox rule: the hosted organization path, the mailbox's object id and the rule name. */
    public String inboxRuleObjectId(UserProfile mailbox, String ruleName) {
        return tenant.exchangeOrgPath() + "/" + mailbox.objectId() + "\\" + ruleName;
    }

    /** The ObjectId of a mailbox in admin records. */
    public String mailboxObjectId(UserProfile mailbox) {
        return tenant.exchangeOrgPath() + "/" + mailbox.objectId();
    }
}
