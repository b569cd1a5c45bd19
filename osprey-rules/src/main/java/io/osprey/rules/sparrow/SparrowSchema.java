package io.osprey.rules.sparrow;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.AuditEvent;
import io.osprey.rules.engine.EventView;
import io.osprey.rules.engine.JsonText;

import java.util.ArrayList;
import java.util.List;

/**
 * The column layouts of Sparrow's exports ({@code Export-UALData}'s AAD, EXO, EXO2 and SharePoint
 * flattening), led by the columns every Osprey export shares — {@code Id, CreationTime, Operation, UserId,
 * ClientIP, AppId} — and closed by the verbatim {@code AuditData}. CreationTime is UTC with a Z; ClientIP is
 * the normalized address; the other columns are AuditData values as written (objects and arrays as compact
 * JSON).
 */
public enum SparrowSchema {
    AAD(List.of("RecordType", "ResultStatus", "LogonError", "UserKey", "UserType", "Workload", "ObjectId",
            "AzureActiveDirectoryEventType", "ExtendedProperties", "ModifiedProperties", "Actor", "ActorContextId",
            "ActorIpAddress", "InterSystemsId", "IntraSystemId", "SupportTicketId", "Target", "TargetContextId",
            "ApplicationId", "OrganizationId")),
    EXO(List.of("RecordType", "ResultStatus", "UserKey", "UserType", "Workload", "ClientAppId", "ClientIPAddress",
            "ClientInfoString", "SessionId", "ExternalAccess", "InternalLogonType", "LogonType", "LogonUserSid",
            "MailboxGuid", "MailboxOwnerSid", "MailboxOwnerUPN", "OperationProperties", "OrganizationName",
            "OriginatingServer", "Folders", "OperationCount", "OrganizationId")),
    EXO2(List.of("RecordType", "ResultStatus", "UserKey", "UserType", "Workload", "ClientIPAddress",
            "ClientInfoString", "SessionId", "ExternalAccess", "InternalLogonType", "LogonType", "LogonUserSid",
            "MailboxGuid", "MailboxOwnerSid", "MailboxOwnerUPN", "OrganizationName", "OriginatingServer",
            "OrganizationId")),
    SHAREPOINT(List.of("RecordType", "ResultStatus", "UserKey", "UserType", "Workload", "ObjectId",
            "ApplicationId", "CorrelationId", "EventSource", "ItemType", "ListId", "ListItemUniqueId", "Site",
            "UserAgent", "WebId", "SourceFileExtension", "SiteUrl", "SourceFileName", "SourceRelativeUrl",
            "OrganizationId"));

    public static final List<String> LEADING_COLUMNS =
            List.of("Id", "CreationTime", "Operation", "UserId", "ClientIP", "AppId");
    public static final String AUDIT_DATA_COLUMN = "AuditData";

    private final List<String> rawColumns;

    SparrowSchema(List<String> rawColumns) {
        this.rawColumns = rawColumns;
    }

    public List<String> columns() {
        List<String> columns = new ArrayList<>(LEADING_COLUMNS);
        columns.addAll(rawColumns);
        columns.add(AUDIT_DATA_COLUMN);
        return List.copyOf(columns);
    }

    /** The event's row in this layout. */
    public List<String> row(EventView view) {
        AuditEvent event = view.event();
        JsonNode auditData = view.auditData();
        List<String> row = new ArrayList<>(LEADING_COLUMNS.size() + rawColumns.size() + 1);
        row.add(event.recordId());
        row.add(event.creationTime() == null ? "" : event.creationTime().toString());
        row.add(event.operation());
        row.add(nullToEmpty(event.userId()));
        row.add(event.clientAddress() == null ? "" : nullToEmpty(event.clientAddress().normalized()));
        row.add(appId(event, auditData));
        for (String column : rawColumns) {
            row.add(JsonText.scalar(auditData.get(column)));
        }
        row.add(nullToEmpty(event.rawJson()));
        return row;
    }

    private static String appId(AuditEvent event, JsonNode auditData) {
        if (event.appId() != null && !event.appId().isBlank()) {
            return event.appId();
        }
        return JsonText.scalar(auditData.get("ApplicationId"));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
