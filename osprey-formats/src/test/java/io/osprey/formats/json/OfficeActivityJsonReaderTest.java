package io.osprey.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeActivityJsonReaderTest {
    private final OfficeActivityJsonReader reader = new OfficeActivityJsonReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "public:otrf_simuland_OfficeActivityEvents.json, 1, 0",
            "office-activity-json/office_activity_rows.jsonl, 3, 0"})
    void matchesItsGoldenFile(String sample, int records, int rejections) {
        ReaderRun run = GoldenCheck.check(reader, sample, records, rejections, 0);

        assertThat(run.records()).allSatisfy(record -> {
            assertThat(record.envelope()).containsEntry("SourceSystem", "OfficeActivityManager")
                    .containsKeys("TenantId", "TimeGenerated", "UserId_");
            assertThat(record.auditDataJson()).doesNotContain("Client_IPAddress", "OfficeWorkload", "TenantId");
        });
    }

    @Test
    void rebuildsTheMailItemsAccessedRecordOfTheRealRow() throws Exception {
        ReaderRun run = ReaderRun.ofSample(reader, "public:otrf_simuland_OfficeActivityEvents.json");

        JsonNode auditData = new ObjectMapper().readTree(run.records().get(0).auditDataJson());
        assertThat(auditData.get("Id").asText()).isEqualTo("699e0b10-1c53-403e-976f-ce0847a92b44");
        assertThat(auditData.get("Folders").get(0).get("FolderItems")).hasSize(7);
        assertThat(auditData.get("OperationProperties").get(0).get("Value").asText()).isEqualTo("Bind");
    }

    @Test
    void rejectsRowsOfOtherTables() {
        String input = "{\"Type\":\"SigninLogs\",\"OfficeWorkload\":\"x\",\"Operation\":\"y\"}\n"
                + "{\"Type\":\"OfficeActivity\",\"Operation\":\"Send\",\"OfficeWorkload\":\"Exchange\"}\n";

        ReaderRun run = ReaderRun.of(reader, "rows.jsonl", input);

        assertThat(run.records()).isEmpty();
        assertThat(run.rejections()).extracting(rejection -> rejection.location().line() + " " + rejection.reason())
                .containsExactly("1 not an audit record", "2 not an audit record");
    }
}
