package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphAuditCsvReaderTest {
    @Test
    void prettyAuditDataOverSeveralLinesIsTakenVerbatim() {
        CsvReaderRun run = CsvGolden.check(new GraphAuditCsvReader(), "get_ualgraph_output_csv.csv", 2, 0, 0);

        SourceRecord mail = run.records().get(0);
        assertThat(mail.location().line()).isEqualTo(2);
        assertThat(mail.auditDataJson()).startsWith("{\r\n    \"@odata.type\"");
        JsonNode auditData = CsvReaderRun.auditData(mail);
        assertThat(auditData.at("/Folders/0/FolderItems").size()).isEqualTo(3);
        assertThat(mail.envelope()).containsEntry("auditLogRecordType", "exchangeItemAggregated")
                .doesNotContainKey("auditData");
        SourceRecord logon = run.records().get(1);
        assertThat(logon.location().line()).isGreaterThan(10);
        assertThat(logon.envelope()).containsEntry("administrativeUnits", "Paris office; Zürich office");
    }
}
