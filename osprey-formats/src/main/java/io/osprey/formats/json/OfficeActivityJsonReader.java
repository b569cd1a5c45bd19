package io.osprey.formats.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.formats.envelope.OfficeActivityRows;
import io.osprey.model.ReadResult;
import io.osprey.model.SourceRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Microsoft Sentinel / Log Analytics {@code OfficeActivity} rows as JSON lines (or arrays). A row is recognized
 * by {@code Type} "OfficeActivity", {@code SourceSystem} "OfficeActivityManager", or columns only that table
 * has ({@code OfficeWorkload}, {@code Client_IPAddress}, {@code Logon_Type}, ...). The AuditData is rebuilt by
 * {@link OfficeActivityRows}; the Log-Analytics-only columns are the envelope.
 */
public final class OfficeActivityJsonReader extends JsonLayoutReader {
    public static final String NAME = "office-activity-json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TABLE = "OfficeActivity";
    private static final String SOURCE_SYSTEM = "OfficeActivityManager";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected int score(JsonHead head) {
        if (TABLE.equals(head.scalar("Type")) || SOURCE_SYSTEM.equals(head.scalar("SourceSystem"))) {
            return 90;
        }
        return head.found() && OfficeActivityRows.looksLikeOfficeActivity(head.names()) ? 70 : 0;
    }

    @Override
    protected ReadResult interpret(JsonRecord record) {
        if (!record.isObject()) {
            return notAnAuditRecord(record);
        }
        ObjectNode row;
        try {
            row = (ObjectNode) MAPPER.readTree(record.text());
        } catch (JsonProcessingException e) {
            return rejection(record, "invalid JSON: " + JsonText.shortMessage(e));
        }
        if (!isOfficeActivityRow(row, record.names())) {
            return notAnAuditRecord(record);
        }
        ObjectNode auditData = OfficeActivityRows.toAuditData(row);
        List<String> fields = new ArrayList<>();
        auditData.fieldNames().forEachRemaining(fields::add);
        if (!AuditDataShape.isAuditData(fields)) {
            return notAnAuditRecord(record);
        }
        return new SourceRecord(record.location(), NAME, auditData.toString(), OfficeActivityRows.envelope(row),
                PowerShellArtefacts.in(auditData));
    }

    private static boolean isOfficeActivityRow(ObjectNode row, List<String> columns) {
        JsonNode type = row.get("Type");
        if (type != null && type.isTextual()) {
            return TABLE.equals(type.asText());
        }
        JsonNode sourceSystem = row.get("SourceSystem");
        return (sourceSystem != null && SOURCE_SYSTEM.equals(sourceSystem.asText()))
                || OfficeActivityRows.looksLikeOfficeActivity(columns);
    }
}
