package io.osprey.simulate.output;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.JsonText;
import io.osprey.simulate.record.Times;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code unified-audit-log-csv}: {@code Search-UnifiedAuditLog ... | Export-Csv} from Windows PowerShell: a
 * {@code #TYPE} line, every field quoted, RecordType as the enum name, CreationDate in the host's (en-US)
 * culture, Identity = the record id. Each result page of up to 5,000 records is one search: ResultIndex runs
 * 1..n and ResultCount is n (a page is buffered to know n, so memory stays bounded).
 */
final class UnifiedAuditLogCsvWriter implements RecordWriter {
    static final String TYPE_LINE = "TYPE Deserialized.Microsoft.Exchange.Data.ApplicationLogic.UnifiedAuditLogEvent";
    static final String[] HEADER = {"RunspaceId", "RecordType", "CreationDate", "UserIds", "Operations",
            "AuditData", "ResultIndex", "ResultCount", "Identity", "IsValid", "ObjectState"};
    static final int PAGE = 5_000;

    private final CsvWriter csv;
    private final JsonText json;
    private final String runspaceId;
    private final List<String[]> page = new ArrayList<>();

    UnifiedAuditLogCsvWriter(JsonText json, OutputStream output, String runspaceId) {
        this.json = json;
        this.runspaceId = runspaceId;
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).quoteStrategy(QuoteStrategies.ALWAYS)
                .build(output, StandardCharsets.UTF_8);
        csv.writeComment(TYPE_LINE);
        csv.writeRecord(HEADER);
    }

    @Override
    public void write(AuditRecord record) {
        page.add(new String[]{runspaceId, record.recordType().pascalName(), Times.usDateTime(record.creationTime()),
                record.userId(), record.operation(), json.render(record.auditData()), null, null, record.id(),
                "True", "Unchanged"});
        if (page.size() == PAGE) {
            flushPage();
        }
    }

    private void flushPage() {
        String count = Integer.toString(page.size());
        for (int index = 0; index < page.size(); index++) {
            String[] row = page.get(index);
            row[6] = Integer.toString(index + 1);
            row[7] = count;
            csv.writeRecord(row);
        }
        page.clear();
    }

    @Override
    public void close() throws IOException {
        flushPage();
        csv.close();
    }
}
