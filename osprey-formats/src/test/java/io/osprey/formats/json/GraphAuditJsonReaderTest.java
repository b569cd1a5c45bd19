package io.osprey.formats.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GraphAuditJsonReaderTest {
    private final GraphAuditJsonReader reader = new GraphAuditJsonReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "graph-audit-json/records_pages.json, 4, 0",
            "graph-audit-json/records.jsonl, 3, 0",
            "graph-audit-json/get_ualgraph.json, 3, 0"})
    void matchesItsGoldenFile(String sample, int records, int rejections) {
        ReaderRun run = GoldenCheck.check(reader, sample, records, rejections, 0);

        assertThat(run.records()).allSatisfy(record -> {
            assertThat(run.input()).contains(record.auditDataJson());
            assertThat(record.auditDataJson()).startsWith("{").contains("\"Operation\"");
            assertThat(record.envelope()).containsKeys("id", "createdDateTime", "auditLogRecordType", "operation",
                    "userId", "userPrincipalName", "clientIp", "userType", "service").doesNotContainKey("auditData");
        });
    }

    @Test
    void readsTheValueArraysOfPagesBackToBack() {
        ReaderRun run = ReaderRun.ofSample(reader, "graph-audit-json/records_pages.json");

        assertThat(run.records()).extracting(record -> record.envelope().get("operation"))
                .containsExactly("UserLoggedIn", "MailItemsAccessed", "MailItemsAccessed", "New-InboxRule");
        assertThat(run.records()).extracting(record -> record.location().line())
                .containsExactly(1L, 1L, 6L, 66L);
    }

    @Test
    void rejectsARecordWithoutAuditData() {
        String input = "{\"id\":\"1\",\"createdDateTime\":\"2024-03-11T09:14:52Z\",\"operation\":\"x\"}\n"
                + "{\"id\":\"2\",\"createdDateTime\":\"2024-03-11T09:14:52Z\",\"auditData\":\"{broken\"}\n";

        ReaderRun run = ReaderRun.of(reader, "graph.jsonl", input);

        assertThat(run.rejections()).extracting(rejection -> rejection.reason()).containsExactly(
                "not an audit record", "auditData is not valid JSON: Unexpected character ('b' (code 98)): "
                        + "was expecting double-quote to start field name");
    }
}
