package io.osprey.formats.json;

import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CloudAppEventsJsonReaderTest {
    private final CloudAppEventsJsonReader reader = new CloudAppEventsJsonReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "public:otrf_simuland_Microsoft365DefenderEvents.json, 1, 8, 1",
            "public:sekoia_m365defender_cloudappevents.jsonl, 3, 0, 0",
            "cloud-app-events-json/advanced_hunting_rows.jsonl, 2, 1, 0",
            "cloud-app-events-json/streaming_envelope.jsonl, 3, 0, 0"})
    void matchesItsGoldenFile(String sample, int records, int rejections, int degraded) {
        ReaderRun run = GoldenCheck.check(reader, sample, records, rejections, degraded);

        assertThat(run.rejections()).allSatisfy(rejection ->
                assertThat(rejection.reason()).isEqualTo("not an audit record"));
        assertThat(run.records()).allSatisfy(record ->
                assertThat(record.envelope()).doesNotContainKeys("RawEventData", "rawData"));
    }

    @Test
    void flagsTheRecordPowerShellFlattenedInTheRealExport() {
        ReaderRun run = ReaderRun.ofSample(reader, "public:otrf_simuland_Microsoft365DefenderEvents.json");

        SourceRecord mailAccess = run.records().get(0);
        assertThat(mailAccess.location().line()).isEqualTo(8);
        assertThat(mailAccess.degraded()).isTrue();
        assertThat(mailAccess.auditDataJson()).contains("@{Value=Bind; Name=MailAccessType}");
        assertThat(mailAccess.envelope()).containsEntry("ActionType", "MailItemsAccessed");
        assertThat(run.rejections()).extracting(rejection -> rejection.location().line())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 9L);
    }

    @Test
    void readsTheStreamingEnvelope() {
        ReaderRun run = ReaderRun.ofSample(reader, "public:sekoia_m365defender_cloudappevents.jsonl");

        assertThat(run.records()).extracting(record -> record.envelope().get("ActionType"))
                .containsExactly("AirInvestigationData", "MailItemsAccessed", "MessageReadReceiptReceived");
        assertThat(run.records()).allSatisfy(record -> {
            assertThat(record.envelope()).containsEntry("category", "AdvancedHunting-CloudAppEvents");
            assertThat(run.input()).contains(record.auditDataJson());
        });
    }
}
