package io.osprey.normalize;

import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.osprey.normalize.Records.LOCATION;
import static io.osprey.normalize.Records.auditData;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NormalizerRejectionTest {
    private final Normalizer normalizer = new Normalizer();

    private void assertRejected(SourceRecord record, String reason) {
        assertThatThrownBy(() -> normalizer.normalize(record))
                .isInstanceOf(NormalizationException.class)
                .hasMessage(reason);
    }

    @Test
    void invalidJsonCarriesJacksonsShortMessage() {
        assertRejected(auditData("{'Id':'x',"), "AuditData is not valid JSON: Unexpected end-of-input within/between Object entries");
        assertRejected(auditData("{Id:1}"), "AuditData is not valid JSON: Unexpected character ('I' (code 73)): "
                + "was expecting double-quote to start field name");
    }

    @Test
    void trailingTextAfterTheObjectIsInvalid() {
        assertThatThrownBy(() -> normalizer.normalize(auditData(
                "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op'} trailing")))
                .hasMessageStartingWith("AuditData is not valid JSON: ");
    }

    @Test
    void nonObjectsAndNothingAreRejected() {
        assertRejected(auditData("[{'Id':'a'}]"), "AuditData is not a JSON object");
        assertRejected(auditData("'just text'"), "AuditData is not a JSON object");
        assertRejected(auditData("  "), "AuditData is empty");
        assertRejected(new SourceRecord(LOCATION, "unit", null, Map.of(), false), "AuditData is missing");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{'CreationTime':'2024-01-02T03:04:05','Operation':'Op'}                | missing Id",
            "{'Id':'','CreationTime':'2024-01-02T03:04:05','Operation':'Op'}        | missing Id",
            "{'Id':'  ','CreationTime':'2024-01-02T03:04:05','Operation':'Op'}      | missing Id",
            "{'Id':null,'CreationTime':'2024-01-02T03:04:05','Operation':'Op'}      | missing Id",
            "{'Id':'a','Operation':'Op'}                                            | missing CreationTime",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05'}                        | missing Operation",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':''}         | missing Operation",
            "{'Id':'a','CreationTime':'last tuesday','Operation':'Op'}              | CreationTime is not a recognizable date: 'last tuesday'",
    })
    void missingRequiredFieldsAreNamed(String json, String reason) {
        assertRejected(auditData(json), reason);
    }

    @Test
    void unreadableWrapperDateIsQuotedWhenAuditDataHasNone() {
        assertRejected(Records.withEnvelope("{'Id':'a','Operation':'Op'}", Map.of("CreationDate", "20.09.2023 04:05")),
                "CreationTime is not a recognizable date: '20.09.2023 04:05'");
    }

    @Test
    void longUnreadableDatesAreShortened() {
        String longText = "x".repeat(200);
        assertRejected(auditData("{'Id':'a','CreationTime':'" + longText + "','Operation':'Op'}"),
                "CreationTime is not a recognizable date: '" + "x".repeat(80) + "…'");
    }
}
