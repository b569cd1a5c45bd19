package io.osprey.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {
    static final SimulationSpec ALL_FORMATS = Simulations.spec(Scenario.FULL, 12, 2)
            .withFormats(List.of(OutputFormat.values())).withOverlap(true);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);

    private final SimulationSummary summary = Simulations.run(ALL_FORMATS);
    private final long count = summary.uniqueRecordCount();

    @Test
    void managementActivityJsonIsOneAuditDataObjectPerLine() {
        List<JsonNode> records = Simulations.records(summary);
        assertThat(records).hasSize((int) count);
        assertThat(ids(records, "Id")).hasSize((int) count);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.path("CreationTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
            assertThat(record.path("RecordType").isInt()).isTrue();
        });
    }

    @Test
    void purviewCsvHasTheEightColumnsUsDatesAndCrlf() throws IOException {
        List<Path> files = Simulations.files(summary, OutputFormat.PURVIEW_CSV);
        assertThat(Files.readString(files.get(0))).startsWith("RecordId,CreationDate,RecordType,Operation,UserId,"
                + "AuditData,AssociatedAdminUnits,AssociatedAdminUnitsNames\r\n").doesNotContain("\n\n");
        assertThat(Files.readString(files.get(0)).replace("\r\n", "")).doesNotContain("\n");
        List<List<String>> rows = dataRows(CsvFiles.rows(files), "RecordId");
        assertThat(rows).hasSize((int) count);
        Set<String> ids = new HashSet<>();
        for (List<String> row : rows) {
            JsonNode auditData = Simulations.JSON.readTree(row.get(5));
            assertThat(row).hasSize(8);
            assertThat(row.get(0)).isEqualTo(auditData.path("Id").asText());
            assertThat(LocalDateTime.parse(row.get(1), US))
                    .isEqualTo(LocalDateTime.parse(auditData.path("CreationTime").asText()));
            assertThat(row.get(2)).isEqualTo(auditData.path("RecordType").asText());
            assertThat(row.get(3)).isEqualTo(auditData.path("Operation").asText());
            assertThat(row.subList(6, 8)).containsExactly("", "");
            ids.add(row.get(0));
        }
        assertThat(ids).isEqualTo(ids(Simulations.records(summary), "Id"));
    }

    @Test
    void unifiedAuditLogCsvIsAnExportCsvOfSearchResults() throws IOException {
        List<Path> files = Simulations.files(summary, OutputFormat.UNIFIED_AUDIT_LOG_CSV);
        assertThat(Files.readString(files.get(0))).startsWith("#TYPE Deserialized.Microsoft.Exchange.Data."
                + "ApplicationLogic.UnifiedAuditLogEvent\r\n\"RunspaceId\",\"RecordType\",\"CreationDate\","
                + "\"UserIds\",\"Operations\",\"AuditData\",\"ResultIndex\",\"ResultCount\",\"Identity\","
                + "\"IsValid\",\"ObjectState\"\r\n\"");
        List<List<String>> rows = dataRows(CsvFiles.rows(files), "RunspaceId");
        assertThat(rows).hasSize((int) count);
        int expectedIndex = 1;
        String runspace = null;
        for (List<String> row : rows) {
            JsonNode auditData = Simulations.JSON.readTree(row.get(5));
            if (!row.get(0).equals(runspace)) {
                runspace = row.get(0);
                expectedIndex = 1;
            }
            assertThat(row.get(8)).isEqualTo(auditData.path("Id").asText());
            assertThat(row.get(4)).isEqualTo(auditData.path("Operation").asText());
            assertThat(row.get(1)).matches("[A-Z][A-Za-z]+");
            assertThat(Integer.parseInt(row.get(6))).isEqualTo(expectedIndex++);
            assertThat(Integer.parseInt(row.get(7))).isGreaterThanOrEqualTo(Integer.parseInt(row.get(6)));
            assertThat(row.subList(9, 11)).containsExactly("True", "Unchanged");
        }
        assertThat(rows.stream().filter(row -> row.get(4).equals("MailItemsAccessed")).map(row -> row.get(1)))
                .containsOnly("ExchangeItemAggregated");
    }

    @Test
    void graphAuditJsonWrapsTheAuditDataInAnAuditLogRecord() {
        List<JsonNode> records = Simulations.jsonLines(Simulations.files(summary, OutputFormat.GRAPH_AUDIT_JSON));
        assertThat(records).hasSize((int) count);
        assertThat(records).allSatisfy(record -> {
            JsonNode auditData = record.get("auditData");
            assertThat(record.path("@odata.type").asText()).isEqualTo("#microsoft.graph.security.auditLogRecord");
            assertThat(auditData.path("@odata.type").asText())
                    .isEqualTo("#microsoft.graph.security.defaultAuditData");
            assertThat(record.path("id").asText()).isEqualTo(auditData.path("Id").asText());
            assertThat(record.path("createdDateTime").asText())
                    .isEqualTo(auditData.path("CreationTime").asText() + "Z");
            assertThat(record.path("operation").asText()).isEqualTo(auditData.path("Operation").asText());
            assertThat(record.path("auditLogRecordType").asText()).matches("[a-z][A-Za-z]+");
            assertThat(record.path("userType").asText()).matches("[a-z][A-Za-z]+");
            assertThat(record.get("administrativeUnits").isArray()).isTrue();
        });
        assertThat(records.stream().filter(record -> record.path("operation").asText().equals("MailItemsAccessed"))
                .map(record -> record.path("auditLogRecordType").asText())).containsOnly("exchangeItemAggregated");
        assertThat(ids(records, "id")).isEqualTo(ids(Simulations.records(summary), "Id"));
    }

    @Test
    void officeActivityJsonHasSentinelColumnsAndJsonTextForNestedValues() throws IOException {
        List<JsonNode> rows = Simulations.jsonLines(Simulations.files(summary, OutputFormat.OFFICE_ACTIVITY_JSON));
        assertThat(rows).hasSize((int) count);
        for (JsonNode row : rows) {
            assertThat(row.path("Type").asText()).isEqualTo("OfficeActivity");
            assertThat(row.path("SourceSystem").asText()).isEqualTo("OfficeActivityManager");
            assertThat(row.path("OfficeId").asText()).isEqualTo(row.path("SourceRecordId").asText()).isNotEmpty();
            assertThat(row.path("RecordType").isTextual()).isTrue();
            assertThat(row.has("SessionId") || row.has("CreationTime") || row.has("Id")).isFalse();
            assertThat(row.path("TimeGenerated").asText()).endsWith("Z");
            if (row.path("Operation").asText().equals("MailItemsAccessed")) {
                assertThat(row.path("Logon_Type").asText()).isIn("Owner", "Admin", "Delegated");
                assertThat(row.path("ExternalAccess").asText()).isIn("False", "True");
                assertThat(row.path("Client_IPAddress").asText()).isNotEmpty();
                assertThat(Simulations.JSON.readTree(row.path("Folders").asText()).isArray()).isTrue();
                assertThat(Simulations.JSON.readTree(row.path("OperationProperties").asText()).isArray()).isTrue();
            }
        }
        assertThat(ids(rows, "OfficeId")).isEqualTo(ids(Simulations.records(summary), "Id"));
    }

    private static List<List<String>> dataRows(List<List<String>> rows, String headerStart) {
        List<List<String>> data = new ArrayList<>();
        for (List<String> row : rows) {
            if (!row.get(0).equals(headerStart)) {
                data.add(row);
            }
        }
        assertThat(rows.size() - data.size()).as("one header per file").isPositive();
        return data;
    }

    private static Set<String> ids(List<JsonNode> records, String field) {
        Set<String> ids = new HashSet<>();
        records.forEach(record -> ids.add(record.path(field).asText()));
        return ids;
    }
}
