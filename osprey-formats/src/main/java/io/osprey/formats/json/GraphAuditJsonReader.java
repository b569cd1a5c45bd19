package io.osprey.formats.json;

import io.osprey.model.ReadResult;

import java.util.Map;
import java.util.Set;

/**
 * Microsoft Graph audit log query records ({@code security/auditLog/queries/{id}/records}): saved result pages
 * ({@code value} arrays with {@code @odata.nextLink}), JSON lines, or Microsoft-Extractor-Suite Get-UALGraph JSON
 * arrays. Each {@code auditLogRecord} has a camelCase wrapper ({@code id}, {@code createdDateTime},
 * {@code auditLogRecordType}, {@code operation}, ...) around the {@code auditData} object, whose text is the
 * AuditData; the wrapper's scalar fields are the envelope.
 */
public final class GraphAuditJsonReader extends JsonLayoutReader {
    public static final String NAME = "graph-audit-json";
    private static final String AUDIT_DATA = "auditData";
    private static final String[] WRAPPER_FIELDS = {"id", "createdDateTime", "auditLogRecordType", "operation"};

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected int score(JsonHead head) {
        String odataType = head.scalar("@odata.type");
        if (head.found() && odataType != null && odataType.endsWith("auditLogRecord")) {
            return 90;
        }
        if (head.has("auditLogRecordType")) {
            return 85;
        }
        if (head.has(AUDIT_DATA) && head.count(WRAPPER_FIELDS) > 0) {
            return 80;
        }
        boolean emptyAuditPage = !head.found() && head.pageContext() != null
                && head.pageContext().contains("auditLog");
        return emptyAuditPage ? 60 : 0;
    }

    @Override
    protected ReadResult interpret(JsonRecord record) {
        if (!record.isObject() || !record.names().contains(AUDIT_DATA) || !record.hasAny(WRAPPER_FIELDS)) {
            return notAnAuditRecord(record);
        }
        Map<String, JsonMember> members = record.members();
        AuditDataShape.Embedded auditData = AuditDataShape.embedded(members.get(AUDIT_DATA));
        if (auditData.brokenText()) {
            return rejection(record, "auditData is not valid JSON: " + auditData.problem());
        }
        if (!auditData.isPresent()) {
            return notAnAuditRecord(record);
        }
        return auditRecord(record, auditData.json(), AuditDataShape.scalars(members, Set.of(AUDIT_DATA)));
    }
}
