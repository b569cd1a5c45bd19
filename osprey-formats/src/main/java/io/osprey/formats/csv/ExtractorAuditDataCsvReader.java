package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.model.ReadResult;

import java.util.Map;

/**
 * Microsoft-Extractor-Suite {@code Get-UAL -AuditDataOnly -Output CSV}: each AuditData object flattened into
 * columns by {@code ConvertFrom-Json | Export-Csv} ({@code CreationTime, Id, Operation, OrganizationId,
 * RecordType, ...}; the columns are those of the file's first record; nested arrays became {@code System.Object[]}).
 * The record is rebuilt from the non-empty cells, values as text; a flattened cell marks it degraded. PowerShell 7
 * turns CreationTime into a date that Export-Csv writes in the machine's culture; it is written back in ISO-8601.
 */
public final class ExtractorAuditDataCsvReader extends CsvLayoutReader {

    @Override
    public String name() {
        return "extractor-auditdata-csv";
    }

    @Override
    protected int score(CsvHeader header) {
        boolean flattened = header.hasAll("Id", "CreationTime", "Operation", "RecordType", "Workload")
                && !header.has("AuditData");
        return flattened ? 50 : 0;
    }

    @Override
    protected RowMapper bind(CsvHeader header) {
        return row -> map(header, row);
    }

    private static ReadResult map(CsvHeader header, CsvRow row) {
        ObjectNode auditData = CsvJson.object();
        boolean degraded = false;
        for (int i = 0; i < header.size(); i++) {
            String value = row.value(i);
            if (!value.isEmpty()) {
                auditData.put(header.name(i), value);
                degraded |= PowerShellArtifacts.isFlattened(value);
            }
        }
        WrapperDates.isoCreationTime(auditData);
        return row.record(CsvJson.write(auditData), Map.of(), degraded);
    }
}
