package io.osprey.formats.json;

import io.osprey.model.ReadResult;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code Search-UnifiedAuditLog} result objects saved as JSON (Microsoft-Extractor-Suite Get-UAL
 * {@code -Output JSON}: a pretty array, or a bare object for a one-record window) or JSON lines
 * ({@code -Output JSONL}). The wrapper has RecordType, CreationDate, UserIds, Operations, ResultIndex,
 * ResultCount, Identity, ...; {@code AuditData} is a parsed object or an escaped JSON string, and is the
 * AuditData either way. The wrapper's scalar fields are the envelope; a PowerShell 5.1 DateTime written as
 * {@code {"value":"/Date(ms)/","DisplayHint":2,...}} gives its {@code value}.
 */
public final class UnifiedAuditLogJsonReader extends JsonLayoutReader {
    public static final String NAME = "unified-audit-log-json";
    private static final String AUDIT_DATA = "AuditData";
    private static final String CREATION_DATE = "CreationDate";
    private static final String[] WRAPPER_FIELDS = {CREATION_DATE, "UserIds", "Operations", "RecordType",
            "ResultIndex", "ResultCount", "Identity", "RunspaceId"};

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected int score(JsonHead head) {
        if (head.has(AUDIT_DATA) && head.count(WRAPPER_FIELDS) > 0) {
            return 80;
        }
        return head.count(CREATION_DATE, "UserIds", "Operations") >= 2 ? 70 : 0;
    }

    @Override
    protected ReadResult interpret(JsonRecord record) {
        if (!record.isObject() || !record.names().contains(AUDIT_DATA) || !record.hasAny(WRAPPER_FIELDS)) {
            return notAnAuditRecord(record);
        }
        Map<String, JsonMember> members = record.members();
        AuditDataShape.Embedded auditData = AuditDataShape.embedded(members.get(AUDIT_DATA));
        if (auditData.brokenText()) {
            return rejection(record, "AuditData is not valid JSON: " + auditData.problem());
        }
        if (!auditData.isPresent()) {
            return notAnAuditRecord(record);
        }
        Map<String, String> envelope = new LinkedHashMap<>();
        for (JsonMember member : members.values()) {
            String value = member.isObject() && member.name().equals(CREATION_DATE) ? dateValue(member)
                    : member.scalar();
            if (value != null && !value.isEmpty() && !member.name().equals(AUDIT_DATA)) {
                envelope.put(member.name(), value);
            }
        }
        return auditRecord(record, auditData.json(), envelope);
    }

    /** The {@code value} of a PowerShell 5.1 DateTime object ({@code {"value":"/Date(ms)/","DisplayHint":2}}). */
    private static String dateValue(JsonMember dateObject) {
        JsonMember value = JsonMembers.of(dateObject.text()).get("value");
        return value == null ? null : value.scalar();
    }
}
