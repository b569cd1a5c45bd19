package io.osprey.simulate.output;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.JsonText;
import io.osprey.simulate.record.Times;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code purview-csv}: the Purview portal's audit search export, as in the real file: unquoted header, the 8
 * columns {@code RecordId,CreationDate,RecordType,Operation,UserId,AuditData,AssociatedAdminUnits,
 * AssociatedAdminUnitsNames}, {@code CreationDate} in US format, numeric RecordType, AuditData quoted with
 * doubled quotes, empty admin-unit columns, CRLF line ends, UTF-8 without BOM.
 */
final class PurviewCsvWriter implements RecordWriter {
    static final String[] HEADER = {"RecordId", "CreationDate", "RecordType", "Operation", "UserId", "AuditData",
            "AssociatedAdminUnits", "AssociatedAdminUnitsNames"};

    private final CsvWriter csv;
    private final JsonText json;

    PurviewCsvWriter(JsonText json, OutputStream output) {
        this.json = json;
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(output, StandardCharsets.UTF_8);
        csv.writeRecord(HEADER);
    }

    @Override
    public void write(AuditRecord record) {
        csv.writeRecord(record.id(), Times.usDateTime(record.creationTime()),
                Integer.toString(record.recordType().number()), record.operation(), record.userId(),
                json.render(record.auditData()), "", "");
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
