package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeActivityCsvReaderTest {
    @Test
    void logAnalyticsPortalExportBecomesAuditData() {
        CsvReaderRun run = CsvGolden.check(new OfficeActivityCsvReader(), "log_analytics_portal_export.csv", 2, 0, 0);

        SourceRecord mail = run.records().get(0);
        JsonNode auditData = CsvReaderRun.auditData(mail);
        assertThat(auditData.get("Id").asText()).isEqualTo("699e0b10-1c53-403e-976f-ce0847a92b44");
        assertThat(auditData.get("CreationTime").asText()).isEqualTo("2021-08-02T13:32:07Z");
        assertThat(auditData.get("Workload").asText()).isEqualTo("Exchange");
        assertThat(auditData.get("ClientIPAddress").asText()).isEqualTo("1.2.3.4");
        assertThat(auditData.get("LogonType").asText()).isEqualTo("Owner");
        assertThat(auditData.get("Folders").isArray()).isTrue();
        assertThat(auditData.at("/Folders/0/FolderItems").size()).isEqualTo(7);
        assertThat(auditData.at("/OperationProperties/1/Value").asText()).isEqualTo("False");
        assertThat(auditData.get("OriginatingServer").asText()).endsWith("\r\n");
        assertThat(auditData.has("TenantId")).isFalse();
        assertThat(auditData.has("UserId_")).isFalse();
        assertThat(mail.envelope()).containsEntry("TimeGenerated", "8/2/2021, 1:32:07.000 PM")
                .containsEntry("Type", "OfficeActivity");

        JsonNode rule = CsvReaderRun.auditData(run.records().get(1));
        assertThat(rule.get("RecordType").asText()).isEqualTo("ExchangeAdmin");
        assertThat(rule.get("Parameters").isArray()).isTrue();
    }
}
