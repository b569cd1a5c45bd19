package io.osprey.formats.csv;

import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedAuditLogCsvReaderTest {
    private final UnifiedAuditLogCsvReader reader = new UnifiedAuditLogCsvReader();

    @Test
    void exportCsvWithTypeLineQuotedHeaderAndEnumNames() {
        CsvReaderRun run = CsvGolden.check(reader, "search_unifiedauditlog_typed_crlf.csv", 4, 0, 0);

        SourceRecord first = run.records().get(0);
        assertThat(first.location().line()).isEqualTo(3);
        assertThat(first.envelope()).containsEntry("RecordType", "ExchangeItemAggregated")
                .containsEntry("Identity", "461a38ce-fc36-4a4d-b73e-643262cc063f")
                .containsEntry("CreationDate", "9/15/2023 6:16:53 PM").containsEntry("ObjectState", "Unchanged");
    }

    @Test
    void reorderedColumnsAndAMultiLineFormattedAuditData() {
        CsvReaderRun run = CsvGolden.check(reader, "extractor_get_ual_reordered_lf.csv", 3, 0, 0);

        SourceRecord formatted = run.records().get(1);
        assertThat(formatted.auditDataJson()).contains("\n  \"Operation\": \"SoftDelete\"");
        assertThat(CsvReaderRun.auditData(formatted).get("Id").asText())
                .isEqualTo(formatted.envelope().get("Identity"));
        assertThat(run.records().get(2).location().line()).isGreaterThan(formatted.location().line() + 1);
    }

    @Test
    void scriptSelectedSubsetOfColumns() {
        CsvGolden.check(reader, "select_subset_lf.csv", 2, 0, 0);
    }
}
