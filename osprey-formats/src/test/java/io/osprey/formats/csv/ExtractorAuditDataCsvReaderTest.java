package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorAuditDataCsvReaderTest {
    private final ExtractorAuditDataCsvReader reader = new ExtractorAuditDataCsvReader();

    @Test
    void windowsPowerShellExportRebuildsAuditDataAndFlagsFlattenedArrays() {
        CsvReaderRun run = CsvGolden.check(reader, "get_ual_auditdataonly_ps51.csv", 3, 0, 2);

        JsonNode bind = CsvReaderRun.auditData(run.records().get(0));
        assertThat(bind.get("Id").asText()).isEqualTo("461a38ce-fc36-4a4d-b73e-643262cc063f");
        assertThat(bind.get("CreationTime").asText()).isEqualTo("2023-09-15T18:16:53");
        assertThat(bind.get("Folders").asText()).isEqualTo("System.Object[]");
        assertThat(bind.get("OriginatingServer").asText()).isEqualTo("AM0PR07MB5763 (15.20.4200.000)\r\n");
        assertThat(run.records().get(0).envelope()).isEmpty();
        assertThat(run.records().get(2).degraded()).isFalse();
        assertThat(CsvReaderRun.auditData(run.records().get(2)).has("Folders")).isFalse();
    }

    @Test
    void powerShellSevenCultureDateIsWrittenBackAsIso() {
        CsvReaderRun run = CsvGolden.check(reader, "get_ual_auditdataonly_ps7_lf.csv", 1, 0, 1);

        JsonNode auditData = CsvReaderRun.auditData(run.records().get(0));
        assertThat(auditData.get("CreationTime").asText()).isEqualTo("2025-10-27T07:09:33Z");
        assertThat(auditData.get("AppAccessContext").asText()).startsWith("@{AADSessionId=");
    }
}
