package io.osprey.formats.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedAuditLogJsonReaderTest {
    private final UnifiedAuditLogJsonReader reader = new UnifiedAuditLogJsonReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "unified-audit-log-json/ual_array.json, 3, 0",
            "unified-audit-log-json/ual_single_object.json, 1, 0",
            "unified-audit-log-json/ual_lines.jsonl, 4, 0"})
    void matchesItsGoldenFile(String sample, int records, int rejections) {
        ReaderRun run = GoldenCheck.check(reader, sample, records, rejections, 0);

        assertThat(run.records()).allSatisfy(record -> {
            assertThat(record.envelope()).containsKeys("RecordType", "CreationDate", "UserIds", "Operations",
                    "ResultIndex", "ResultCount", "Identity").doesNotContainKey("AuditData");
            assertThat(record.auditDataJson()).contains("\"Id\":").contains(record.envelope().get("Identity"));
        });
    }

    @Test
    void keepsPowerShellDatesForTheNormalizer() {
        ReaderRun run = ReaderRun.ofSample(reader, "unified-audit-log-json/ual_array.json");

        assertThat(run.records()).extracting(record -> record.envelope().get("CreationDate"))
                .containsExactly("2024-03-11T09:12:07", "/Date(1710148492000)/", "/Date(1710148803000)/");
    }

    @Test
    void unescapesAuditDataWrittenAsAString() {
        ReaderRun run = ReaderRun.ofSample(reader, "unified-audit-log-json/ual_lines.jsonl");

        assertThat(run.records().get(0).auditDataJson()).startsWith("{\"CreationTime\":\"2024-03-11T09:14:52\"")
                .contains("\"Path\":\"\\\\Inbox\"");
        assertThat(run.input()).doesNotContain(run.records().get(0).auditDataJson());
    }

    @Test
    void rejectsAuditDataThatIsNotJson() {
        String input = "{\"RecordType\":\"ExchangeItem\",\"CreationDate\":\"3/11/2024 9:14:52 AM\","
                + "\"AuditData\":\"{\\\"Id\\\":\\\"x\\\",\"}\n{\"UserIds\":\"a\",\"AuditData\":null}\n";

        ReaderRun run = ReaderRun.of(reader, "ual.jsonl", input);

        assertThat(run.rejections()).extracting(rejection -> rejection.reason()).containsExactly(
                "AuditData is not valid JSON: Unexpected end-of-input within/between Object entries",
                "not an audit record");
    }
}
