package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.model.ReadResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Defender XDR advanced hunting {@code CloudAppEvents} exported as CSV ({@code Timestamp, ActionType, Application,
 * ..., RawEventData, ReportId}). The UAL record is the RawEventData cell. A row without one, or whose RawEventData
 * has no Id or Operation (device events share these exports), is not an audit record. RawEventData flattened by
 * PowerShell ({@code @{...}} entries, {@code System.Object[]}) is kept and marked degraded; a RawEventData that is
 * itself a hashtable rendering is read into an object of its top-level values.
 */
public final class CloudAppEventsCsvReader extends CsvLayoutReader {
    private static final String NOT_AUDIT = "not an audit record";

    @Override
    public String name() {
        return "cloud-app-events-csv";
    }

    @Override
    protected int score(CsvHeader header) {
        return header.has("ActionType") && header.hasAny("RawEventData", "rawData") ? 85 : 0;
    }

    @Override
    protected RowMapper bind(CsvHeader header) {
        int rawEventData = header.indexOf("RawEventData");
        int rawData = header.indexOf("rawData");
        List<Integer> excluded = new ArrayList<>(List.of(rawEventData));
        if (rawData >= 0 && rawData != rawEventData) {
            excluded.add(rawData);
        }
        EnvelopeColumns envelope = EnvelopeColumns.allExcept(header, excluded, List.of());
        return row -> {
            String raw = row.raw(rawEventData).strip();
            if (raw.isEmpty() || raw.equals("null")) {
                raw = row.raw(rawData).strip();
            }
            return map(row, raw, envelope);
        };
    }

    private static ReadResult map(CsvRow row, String raw, EnvelopeColumns envelope) {
        if (raw.isEmpty() || raw.equals("null")) {
            return row.reject(NOT_AUDIT);
        }
        if (raw.startsWith("@{")) {
            ObjectNode flattened = PowerShellHashtable.parse(raw);
            if (flattened == null || !isAuditRecord(flattened)) {
                return row.reject(NOT_AUDIT);
            }
            return row.record(CsvJson.write(flattened), envelope.of(row), true);
        }
        if (!raw.startsWith("{")) {
            return row.reject("RawEventData is not a JSON object");
        }
        JsonNode record = CsvJson.parse(raw);
        if (record == null) {
            return row.reject("RawEventData is not valid JSON");
        }
        if (!isAuditRecord(record)) {
            return row.reject(NOT_AUDIT);
        }
        return row.record(raw, envelope.of(row), PowerShellArtifacts.containsFlattened(raw));
    }

    private static boolean isAuditRecord(JsonNode record) {
        return hasText(record, "Id") && hasText(record, "Operation");
    }

    private static boolean hasText(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value != null && value.isValueNode() && !value.asText().isBlank();
    }
}
