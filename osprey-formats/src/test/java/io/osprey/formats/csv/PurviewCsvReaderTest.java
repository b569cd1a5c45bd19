package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PurviewCsvReaderTest {
    private final PurviewCsvReader reader = new PurviewCsvReader();

    @Test
    void realHuntressExportYieldsEveryRecordWithItsIdAndLine() {
        CsvReaderRun run = CsvReaderRun.of(reader, CsvReaderRun.publicSample("huntress2023_rogue_inbox_purview.csv"));

        assertThat(run.rejections()).isEmpty();
        List<SourceRecord> records = run.records();
        assertThat(records).hasSize(219);
        assertThat(records.get(0).envelope()).containsEntry("RecordId", "538815b7-273a-4a3f-9957-c86897966eec")
                .containsEntry("CreationDate", "9/20/2023 4:05:03 AM").containsEntry("RecordType", "8")
                .containsEntry("Operation", "Add service principal.").containsEntry("UserId", "Certificate")
                .doesNotContainKeys("AuditData", "AssociatedAdminUnits", "AssociatedAdminUnitsNames");
        assertThat(records.get(218).envelope()).containsEntry("RecordId", "0381616d-456c-4c27-9080-353c79d3829b")
                .containsEntry("Operation", "MipLabel");
        for (int i = 0; i < records.size(); i++) {
            SourceRecord record = records.get(i);
            assertThat(record.location().line()).isEqualTo(i + 2L);
            assertThat(record.location().file()).isEqualTo("huntress2023_rogue_inbox_purview.csv");
            assertThat(record.degraded()).isFalse();
            assertThat(CsvReaderRun.auditData(record).get("Id").asText()).isEqualTo(record.envelope().get("RecordId"));
        }
    }

    @Test
    void currentLayoutWithIsoDatesAndTrailingSpaces() {
        CsvReaderRun run = CsvGolden.check(reader, "purview_current_iso_crlf.csv", 5, 0, 0);

        SourceRecord sync = run.records().get(1);
        assertThat(sync.envelope()).containsEntry("CreationDate", "2023-09-15T18:20:02.0000000Z");
        JsonNode auditData = CsvReaderRun.auditData(sync);
        assertThat(auditData.at("/OperationProperties/0/Value").asText()).isEqualTo("Sync");
        assertThat(auditData.at("/Folders/0/Path").asText()).isEqualTo("\\Boîte de réception");
        assertThat(sync.auditDataJson()).startsWith("{\"CreationTime\":\"2023-09-15T18:20:02\"").endsWith("}");
    }

    @Test
    void toleratesTheSingularAdminUnitNamesColumnLfAndNoFinalNewline() {
        CsvReaderRun run = CsvGolden.check(reader, "purview_admin_unit_names_lf.csv", 4, 0, 0);

        assertThat(run.records().get(3).location().line()).isEqualTo(5);
        assertThat(run.records().get(3).envelope()).containsEntry("CreationDate", "6/26/2024 6:29:14 AM");
    }

    @Test
    void classicFourColumnExport() {
        CsvReaderRun run = CsvGolden.check(reader, "purview_classic_four_columns.csv", 3, 0, 0);

        assertThat(run.records().get(0).envelope()).containsOnlyKeys("CreationDate", "UserIds", "Operations");
    }
}
