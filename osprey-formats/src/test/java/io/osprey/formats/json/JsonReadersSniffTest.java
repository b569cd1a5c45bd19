package io.osprey.formats.json;

import io.osprey.formats.FormatReader;
import io.osprey.formats.FormatRegistry;
import io.osprey.formats.InputHead;
import io.osprey.formats.StringInputText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReadersSniffTest {
    private static final List<FormatReader> JSON_READERS = List.of(new ManagementActivityJsonReader(),
            new GraphAuditJsonReader(), new UnifiedAuditLogJsonReader(), new OfficeActivityJsonReader(),
            new CloudAppEventsJsonReader());

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "public:sekoia_o365_management_api_records.jsonl, management-activity-json",
            "public:plaso_microsoft_audit_log.jsonl, management-activity-json",
            "public:msdocs_mgmt_api_retrieve_content_example.json, management-activity-json",
            "public:otrf_simuland_OfficeActivityEvents.json, office-activity-json",
            "public:otrf_simuland_Microsoft365DefenderEvents.json, cloud-app-events-json",
            "public:sekoia_m365defender_cloudappevents.jsonl, cloud-app-events-json",
            "management-activity-json/content_blobs_back_to_back.json, management-activity-json",
            "management-activity-json/auditdata_lines.jsonl, management-activity-json",
            "management-activity-json/single_object.json, management-activity-json",
            "management-activity-json/with_stray_values.jsonl, management-activity-json",
            "graph-audit-json/records_pages.json, graph-audit-json",
            "graph-audit-json/records.jsonl, graph-audit-json",
            "graph-audit-json/get_ualgraph.json, graph-audit-json",
            "unified-audit-log-json/ual_array.json, unified-audit-log-json",
            "unified-audit-log-json/ual_single_object.json, unified-audit-log-json",
            "unified-audit-log-json/ual_lines.jsonl, unified-audit-log-json",
            "office-activity-json/office_activity_rows.jsonl, office-activity-json",
            "cloud-app-events-json/advanced_hunting_rows.jsonl, cloud-app-events-json",
            "cloud-app-events-json/streaming_envelope.jsonl, cloud-app-events-json"})
    void eachSampleIsDetectedAsExactlyItsFormat(String sample, String format) {
        InputHead head = new StringInputText(sample, ReaderRun.text(sample)).head();

        assertThat(FormatRegistry.defaults().detect(head)).hasValueSatisfying(reader ->
                assertThat(reader.name()).isEqualTo(format));
        int best = JSON_READERS.stream().mapToInt(reader -> reader.sniff(head)).max().orElseThrow();
        assertThat(JSON_READERS.stream().filter(reader -> reader.sniff(head) == best))
                .as("only one reader has the best score").singleElement()
                .extracting(FormatReader::name).isEqualTo(format);
    }

    @Test
    void aFirstRecordCutByTheHeadIsStillRecognized() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            items.append(i == 0 ? "" : ",").append("{\"InternetMessageId\":\"<message-").append(i)
                    .append("@mail.contoso.example>\",\"SizeInBytes\":1234}");
        }
        String record = "{\"CreationTime\":\"2024-03-11T09:14:52\",\"Id\":\"5b1d0c4e\",\"Operation\":\"MailItemsAccessed\","
                + "\"Folders\":[{\"Path\":\"\\\\Inbox\",\"FolderItems\":[" + items + "]}]}\n";
        StringInputText input = new StringInputText("large.jsonl", record + record);

        assertThat(input.head().complete()).isFalse();
        assertThat(FormatRegistry.defaults().detect(input.head())).hasValueSatisfying(reader ->
                assertThat(reader.name()).isEqualTo(ManagementActivityJsonReader.NAME));
    }

    @Test
    void anEmptyGraphPageIsRecognizedByItsContext() {
        String page = "{\"@odata.context\":\"https://graph.microsoft.com/beta/$metadata#security/auditLog/"
                + "queries('1')/records\",\"value\":[]}\n";

        assertThat(new GraphAuditJsonReader().sniff(new StringInputText("page.json", page).head())).isPositive();
    }

    @Test
    void nothingElseIsJsonAuditData() {
        String csv = ReaderRun.text("public:huntress2023_rogue_inbox_purview.csv");
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        List<String> inputs = List.of(csv, new String(bytes, StandardCharsets.UTF_8), "", "  \n", "42\n",
                "{\"status\":\"ok\"}\n", "[1,2,3]", "{\"Id\":\"x\",\"Operation\":\"y\"}\n", "{ broken");

        for (String input : inputs) {
            InputHead head = new StringInputText("input", input).head();
            assertThat(JSON_READERS).as("sniff of %s", input.substring(0, Math.min(40, input.length())))
                    .allSatisfy(reader -> assertThat(reader.sniff(head)).isZero());
        }
    }
}
