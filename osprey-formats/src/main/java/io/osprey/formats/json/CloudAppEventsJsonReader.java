package io.osprey.formats.json;

import io.osprey.model.ReadResult;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Microsoft Defender XDR {@code CloudAppEvents}: advanced hunting exports (rows with Timestamp, ActionType and
 * {@code RawEventData}) and the streaming API envelope ({@code {time, tenantId, operationName, category:
 * "AdvancedHunting-CloudAppEvents", properties: {..., RawEventData}}}). {@code RawEventData} (an object or a JSON
 * string) is the AuditData when it is a Unified Audit Log record; other rows of the same export (device events,
 * rows without RawEventData) are not audit records. The row's scalar columns are the envelope.
 */
public final class CloudAppEventsJsonReader extends JsonLayoutReader {
    public static final String NAME = "cloud-app-events-json";
    private static final String RAW_EVENT_DATA = "RawEventData";
    private static final String RAW_DATA = "rawData";
    private static final String PROPERTIES = "properties";
    private static final String CATEGORY = "category";
    private static final String STREAMING_CATEGORY_PREFIX = "AdvancedHunting-";
    private static final String CLOUD_APP_EVENTS_CATEGORY = STREAMING_CATEGORY_PREFIX + "CloudAppEvents";
    private static final Set<String> RAW_NAMES = Set.of(RAW_EVENT_DATA, RAW_DATA);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected int score(JsonHead head) {
        String category = head.scalar(CATEGORY);
        if (category != null && category.equalsIgnoreCase(CLOUD_APP_EVENTS_CATEGORY)) {
            return 90;
        }
        if (category != null && category.startsWith(STREAMING_CATEGORY_PREFIX) && head.has(PROPERTIES)) {
            return 70;
        }
        boolean huntingRow = head.has("Timestamp") && head.has("ActionType");
        return huntingRow && (head.has(RAW_EVENT_DATA) || head.has(RAW_DATA)) ? 80 : 0;
    }

    @Override
    protected ReadResult interpret(JsonRecord record) {
        if (!record.isObject()) {
            return notAnAuditRecord(record);
        }
        Map<String, JsonMember> members = record.members();
        JsonMember properties = members.get(PROPERTIES);
        Map<String, JsonMember> row;
        Map<String, String> envelope;
        if (properties != null && properties.isObject() && members.containsKey(CATEGORY)) {
            row = JsonMembers.of(properties.text());
            envelope = new LinkedHashMap<>(AuditDataShape.scalars(members, Set.of()));
            envelope.putAll(AuditDataShape.scalars(row, RAW_NAMES));
        } else if (members.containsKey("ActionType")) {
            row = members;
            envelope = AuditDataShape.scalars(row, RAW_NAMES);
        } else {
            return notAnAuditRecord(record);
        }
        AuditDataShape.Embedded rawEventData = AuditDataShape.embedded(rawEventData(row));
        if (rawEventData.brokenText()) {
            return rejection(record, "RawEventData is not valid JSON: " + rawEventData.problem());
        }
        if (!rawEventData.isAuditData()) {
            return notAnAuditRecord(record);
        }
        return auditRecord(record, rawEventData.json(), envelope);
    }

    /** RawEventData, or its lower-case twin {@code rawData} that some exports fill instead. */
    private static JsonMember rawEventData(Map<String, JsonMember> row) {
        JsonMember raw = row.get(RAW_EVENT_DATA);
        return raw != null && !raw.isNull() ? raw : row.get(RAW_DATA);
    }
}
