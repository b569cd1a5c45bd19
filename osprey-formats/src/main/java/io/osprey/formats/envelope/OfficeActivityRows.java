package io.osprey.formats.envelope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Translates a Microsoft Sentinel / Log Analytics {@code OfficeActivity} row back into an AuditData record
 * (Management Activity API field names), for the JSON and the CSV exports of that table alike.
 *
 * <ul>
 *   <li>Renamed columns get their AuditData names back ({@code Client_IPAddress} to {@code ClientIPAddress},
 *       {@code Logon_Type} to {@code LogonType}, {@code OfficeWorkload} to {@code Workload},
 *       {@code OfficeObjectId} to {@code ObjectId}, {@code OfficeId} or else {@code SourceRecordId} to
 *       {@code Id}, ...). A renamed column never overwrites a field the row already has.</li>
 *   <li>Columns that hold nested AuditData as JSON text ({@code Folders}, {@code OperationProperties},
 *       {@code Parameters}, ...) are parsed back into JSON; text that is not JSON stays text.</li>
 *   <li>Log-Analytics-only columns ({@code TenantId}, {@code SourceSystem}, {@code Type},
 *       {@code TimeGenerated}, duplicates ending in {@code _} such as {@code UserId_}, system columns starting
 *       with {@code _}) are left out of AuditData; {@link #envelope} returns them.</li>
 *   <li>{@code TimeGenerated} (ingestion time) becomes {@code CreationTime} only when the row has none.</li>
 *   <li>Empty cells (null or empty text) are dropped: an empty CSV cell is an absent field.</li>
 * </ul>
 * Column names may carry the {@code " [UTC]"} suffix that the Log Analytics portal adds to date columns.
 */
public final class OfficeActivityRows {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String UTC_SUFFIX = " [UTC]";

    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("Client_IPAddress", "ClientIPAddress"),
            Map.entry("Logon_Type", "LogonType"),
            Map.entry("OfficeWorkload", "Workload"),
            Map.entry("OfficeObjectId", "ObjectId"),
            Map.entry("OfficeId", "Id"),
            Map.entry("Site_", "Site"),
            Map.entry("Site_Url", "SiteUrl"),
            Map.entry("Event_Data", "EventData"),
            Map.entry("Source_Name", "SourceName"),
            Map.entry("AzureActiveDirectory_EventType", "AzureActiveDirectoryEventType"));

    /** Columns that only Log Analytics has; {@code SourceRecordId} also serves as the fallback Id. */
    private static final Set<String> LOG_ANALYTICS_ONLY = Set.of(
            "TenantId", "SourceSystem", "Type", "TimeGenerated", "Start_Time", "SourceRecordId",
            "OfficeTenantId", "MG", "ManagementGroupName", "Computer", "RawData");

    /** Columns whose text is nested AuditData serialized as JSON. */
    private static final Set<String> JSON_TEXT_COLUMNS = Set.of(
            "Folders", "OperationProperties", "Parameters", "ModifiedProperties", "ExtendedProperties",
            "AffectedItems", "Item", "Folder", "DestFolder", "AppAccessContext", "Members", "ExtraProperties",
            "SRRuleMatchDetails", "DeviceProperties");

    private OfficeActivityRows() {
    }

    /** The AuditData record the row was made from, as far as the row still holds it. */
    public static ObjectNode toAuditData(ObjectNode row) {
        ObjectNode auditData = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = row.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String column = columnName(field.getKey());
            JsonNode value = field.getValue();
            if (isEmpty(value) || isLogAnalyticsOnly(column)) {
                continue;
            }
            String name = RENAMED.getOrDefault(column, column);
            if (!row.has(name) || name.equals(column)) {
                auditData.set(name, JSON_TEXT_COLUMNS.contains(name) ? parsedIfJson(value) : value);
            }
        }
        fallback(auditData, "Id", row, "SourceRecordId");
        fallback(auditData, "CreationTime", row, "TimeGenerated");
        return auditData;
    }

    /** The Log-Analytics-only columns of the row (column name to text), for the record's envelope. */
    public static Map<String, String> envelope(ObjectNode row) {
        Map<String, String> envelope = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = row.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String column = columnName(field.getKey());
            JsonNode value = field.getValue();
            if (!isEmpty(value) && isLogAnalyticsOnly(column)) {
                envelope.put(column, value.isValueNode() ? value.asText() : value.toString());
            }
        }
        return envelope;
    }

    /** True when the row carries a column only an OfficeActivity row has. */
    public static boolean looksLikeOfficeActivity(Iterable<String> columns) {
        for (String column : columns) {
            String name = columnName(column);
            if (name.equals("OfficeWorkload") || name.equals("Client_IPAddress") || name.equals("Logon_Type")
                    || name.equals("OfficeId") || name.equals("OfficeObjectId")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLogAnalyticsOnly(String column) {
        if (RENAMED.containsKey(column)) {
            return false;
        }
        return LOG_ANALYTICS_ONLY.contains(column) || column.startsWith("_") || column.endsWith("_");
    }

    private static void fallback(ObjectNode auditData, String name, ObjectNode row, String column) {
        if (auditData.has(name)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = row.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (columnName(field.getKey()).equals(column) && !isEmpty(field.getValue())) {
                auditData.set(name, field.getValue());
                return;
            }
        }
    }

    private static String columnName(String column) {
        String trimmed = column.trim();
        return trimmed.endsWith(UTC_SUFFIX) ? trimmed.substring(0, trimmed.length() - UTC_SUFFIX.length()) : trimmed;
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || (value.isTextual() && value.asText().isEmpty());
    }

    private static JsonNode parsedIfJson(JsonNode value) {
        if (!value.isTextual()) {
            return value;
        }
        String text = value.asText().trim();
        if (text.isEmpty() || (text.charAt(0) != '[' && text.charAt(0) != '{')) {
            return value;
        }
        try {
            JsonNode parsed = MAPPER.readTree(text);
            return parsed == null ? value : parsed;
        } catch (JsonProcessingException notJson) {
            return value; // e.g. PowerShell's "@{Name=...}" text: kept as written, the normalizer flags it
        }
    }
}
