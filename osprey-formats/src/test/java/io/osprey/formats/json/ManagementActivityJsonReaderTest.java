package io.osprey.formats.json;

import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ManagementActivityJsonReaderTest {
    private final ManagementActivityJsonReader reader = new ManagementActivityJsonReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "public:sekoia_o365_management_api_records.jsonl, 73, 0",
            "public:plaso_microsoft_audit_log.jsonl, 4, 0",
            "public:msdocs_mgmt_api_retrieve_content_example.json, 3, 0",
            "management-activity-json/content_blobs_back_to_back.json, 5, 0",
            "management-activity-json/auditdata_lines.jsonl, 4, 0",
            "management-activity-json/single_object.json, 1, 0",
            "management-activity-json/with_stray_values.jsonl, 2, 2"})
    void matchesItsGoldenFile(String sample, int records, int rejections) {
        ReaderRun run = GoldenCheck.check(reader, sample, records, rejections, 0);

        assertThat(run.records()).allSatisfy(record -> assertThat(run.input()).contains(record.auditDataJson()));
        assertThat(run.rejections()).allSatisfy(rejection ->
                assertThat(rejection.reason()).isEqualTo("not an audit record"));
    }

    @Test
    void locatesRecordsOfAPrettyContentBlob() {
        ReaderRun run = ReaderRun.ofSample(reader, "public:msdocs_mgmt_api_retrieve_content_example.json");

        assertThat(run.records()).extracting(record -> record.location().line()).containsExactly(2L, 26L, 44L);
        assertThat(run.records().get(0).auditDataJson()).startsWith("{\n        \"CreationTime\": \"2015-06-29T20:03:19\"")
                .endsWith("\"UserDomain\": \"contoso.onmicrosoft.com\"\n    }");
    }

    @Test
    void readsTheLastLineWithoutAFinalNewline() {
        ReaderRun run = ReaderRun.ofSample(reader, "public:plaso_microsoft_audit_log.jsonl");

        SourceRecord last = run.records().get(3);
        assertThat(last.location().line()).isEqualTo(4);
        assertThat(run.input()).endsWith(last.auditDataJson());
    }

    @Test
    void rejectsStrayValuesWithTheirLocation() {
        ReaderRun run = ReaderRun.ofSample(reader, "management-activity-json/with_stray_values.jsonl");

        assertThat(run.rejections()).extracting(rejection -> rejection.location().line() + " " + rejection.excerpt())
                .containsExactly("2 {\"status\":\"ok\",\"count\":3}", "3 42");
    }
}
