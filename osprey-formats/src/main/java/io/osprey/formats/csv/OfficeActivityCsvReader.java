package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.formats.envelope.OfficeActivityRows;
import io.osprey.model.ReadResult;

/**
 * Microsoft Sentinel / Log Analytics {@code OfficeActivity} rows exported as CSV ({@code TimeGenerated},
 * {@code OfficeWorkload}, {@code Client_IPAddress}, {@code Logon_Type}, {@code OfficeId}, nested fields as JSON
 * text, ...). Each row becomes an ObjectNode of text cells that {@link OfficeActivityRows} translates back into
 * AuditData, shared with the JSON export of the same table. A portal-rendered {@code TimeGenerated}
 * ({@code 8/2/2021, 1:32:07.000 PM}) standing in for CreationTime is rewritten in ISO-8601.
 */
public final class OfficeActivityCsvReader extends CsvLayoutReader {

    @Override
    public String name() {
        return "office-activity-csv";
    }

    @Override
    protected int score(CsvHeader header) {
        boolean officeActivity = header.has("Operation") && OfficeActivityRows.looksLikeOfficeActivity(header.names());
        return officeActivity ? 85 : 0;
    }

    @Override
    protected RowMapper bind(CsvHeader header) {
        return row -> map(header, row);
    }

    private static ReadResult map(CsvHeader header, CsvRow row) {
        ObjectNode cells = CsvJson.object();
        boolean degraded = false;
        for (int i = 0; i < header.size(); i++) {
            String value = row.value(i);
            if (!value.isEmpty()) {
                cells.put(header.name(i), value);
                degraded |= PowerShellArtifacts.isFlattened(value);
            }
        }
        ObjectNode auditData = OfficeActivityRows.toAuditData(cells);
        if (!auditData.has("Id") && !auditData.has("Operation")) {
            return row.reject("not an audit record");
        }
        WrapperDates.isoCreationTime(auditData);
        return row.record(CsvJson.write(auditData), OfficeActivityRows.envelope(cells), degraded);
    }
}
