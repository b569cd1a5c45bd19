package io.osprey.formats.envelope;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.formats.json.PublicSamples;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeActivityRowsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void translatesTheRealSentinelRowBackToAuditData() throws Exception {
        String line = Files.readString(PublicSamples.file("otrf_simuland_OfficeActivityEvents.json"),
                StandardCharsets.UTF_8).trim();
        ObjectNode row = (ObjectNode) MAPPER.readTree(line);

        ObjectNode auditData = OfficeActivityRows.toAuditData(row);

        assertThat(auditData.get("Id").asText()).isEqualTo("699e0b10-1c53-403e-976f-ce0847a92b44");
        assertThat(auditData.get("CreationTime").asText()).isEqualTo("2021-08-02T13:32:07Z");
        assertThat(auditData.get("Workload").asText()).isEqualTo("Exchange");
        assertThat(auditData.get("ClientIPAddress").asText()).isEqualTo("1.2.3.4");
        assertThat(auditData.get("LogonType").asText()).isEqualTo("Owner");
        assertThat(auditData.get("RecordType").asText()).isEqualTo("50");
        assertThat(auditData.get("Folders").isArray()).isTrue();
        assertThat(auditData.get("Folders").get(0).get("FolderItems")).hasSize(7);
        assertThat(auditData.get("Folders").get(0).get("Path").asText()).isEqualTo("\\Inbox");
        assertThat(auditData.get("OperationProperties").get(0).get("Value").asText()).isEqualTo("Bind");
        assertThat(auditData.has("Client_IPAddress")).isFalse();
        assertThat(auditData.has("UserId_")).isFalse();
        assertThat(auditData.has("TenantId")).isFalse();
        assertThat(auditData.has("TimeGenerated")).isFalse();
        assertThat(auditData.has("OfficeId")).isFalse();

        Map<String, String> envelope = OfficeActivityRows.envelope(row);
        assertThat(envelope).containsEntry("Type", "OfficeActivity")
                .containsEntry("SourceSystem", "OfficeActivityManager")
                .containsEntry("TimeGenerated", "2021-08-02T13:32:07Z")
                .containsEntry("UserId_", "pgustavo@simulandlabs.com")
                .containsEntry("SourceRecordId", "699e0b10-1c53-403e-976f-ce0847a92b44")
                .doesNotContainKey("Operation");
    }

    @Test
    void keepsExistingFieldsAndTextThatIsNotJson() throws Exception {
        ObjectNode row = (ObjectNode) MAPPER.readTree("""
                {"Id":"kept","OfficeId":"other","SourceRecordId":"x","CreationTime":"2024-01-01T00:00:00",
                 "TimeGenerated [UTC]":"2024-01-02T00:00:00Z","Folders":"@{Path=\\\\Inbox; FolderItems=System.Object[]}",
                 "Parameters":"[{\\"Name\\":\\"Identity\\",\\"Value\\":\\"x\\"}]","ClientIP":"","Item":null}
                """);

        ObjectNode auditData = OfficeActivityRows.toAuditData(row);

        assertThat(auditData.get("Id").asText()).isEqualTo("kept");
        assertThat(auditData.get("CreationTime").asText()).isEqualTo("2024-01-01T00:00:00");
        assertThat(auditData.get("Folders").asText()).startsWith("@{Path=");
        assertThat(auditData.get("Parameters").get(0).get("Name").asText()).isEqualTo("Identity");
        assertThat(auditData.has("ClientIP")).isFalse();
        assertThat(auditData.has("Item")).isFalse();
        assertThat(OfficeActivityRows.envelope(row)).containsEntry("TimeGenerated", "2024-01-02T00:00:00Z");
    }

    @Test
    void fallsBackToSourceRecordIdAndTimeGenerated() throws Exception {
        ObjectNode row = (ObjectNode) MAPPER.readTree("""
                {"SourceRecordId":"abc","TimeGenerated [UTC]":"2024-01-02T00:00:00Z","Operation":"Send"}
                """);

        ObjectNode auditData = OfficeActivityRows.toAuditData(row);

        assertThat(auditData.get("Id").asText()).isEqualTo("abc");
        assertThat(auditData.get("CreationTime").asText()).isEqualTo("2024-01-02T00:00:00Z");
        assertThat(auditData.size()).isEqualTo(3);
    }
}
