package io.osprey.formats.json;

import io.osprey.formats.FormatReader;
import io.osprey.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BadJsonInputTest {
    private static final String RECORD_1 = "{\"Id\":\"1\",\"CreationTime\":\"2024-03-11T09:14:52\",\"Operation\":\"MailItemsAccessed\"}";
    private static final String RECORD_2 = "{\"Id\":\"2\",\"CreationTime\":\"2024-03-11T09:20:03\",\"Operation\":\"MailItemsAccessed\"}";

    private final ManagementActivityJsonReader reader = new ManagementActivityJsonReader();

    static List<FormatReader> readers() {
        return List.of(new ManagementActivityJsonReader(), new GraphAuditJsonReader(),
                new UnifiedAuditLogJsonReader(), new OfficeActivityJsonReader(), new CloudAppEventsJsonReader());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void anEmptyFileHasNothing(FormatReader anyReader) {
        assertThat(ReaderRun.of(anyReader, "empty.json", "").results()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void aWhitespaceOnlyFileHasNothing(FormatReader anyReader) {
        assertThat(ReaderRun.of(anyReader, "blank.json", " \r\n\n\t \n").results()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void aJsonScalarIsNotAnAuditRecord(FormatReader anyReader) {
        ReaderRun run = ReaderRun.of(anyReader, "scalar.json", "\n  \"just text\"\n");

        assertThat(run.records()).isEmpty();
        assertThat(run.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).isEqualTo("not an audit record");
            assertThat(rejection.location().line()).isEqualTo(2);
            assertThat(rejection.location().charOffset()).isEqualTo(3);
            assertThat(rejection.excerpt()).isEqualTo("\"just text\"");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void binaryBytesAreOneRejection(FormatReader anyReader) {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            byte value = (byte) ((i * 131 + 7) % 256);
            bytes[i] = value == '\n' || value == '\r' ? 0 : value;
        }

        ReaderRun run = ReaderRun.of(anyReader, "binary.bin", new String(bytes, StandardCharsets.UTF_8));

        assertThat(run.records()).isEmpty();
        assertThat(run.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).startsWith("invalid JSON: ");
            assertThat(rejection.location().line()).isEqualTo(1);
            assertThat(rejection.excerpt()).hasSizeLessThanOrEqualTo(Rejection.MAX_EXCERPT + 1);
        });
    }

    @Test
    void truncatedJsonLinesLoseTheLastRecordOnly() {
        ReaderRun run = ReaderRun.of(reader, "cut.jsonl", RECORD_1 + "\n" + RECORD_2 + "\n{\"Id\":\"3\",\"Creat");

        assertThat(run.records()).hasSize(2);
        assertThat(run.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).isEqualTo("invalid JSON: Unexpected end-of-input in field name");
            assertThat(rejection.location().line()).isEqualTo(3);
            assertThat(rejection.location().charOffset()).isEqualTo(2L * RECORD_1.length() + 2);
            assertThat(rejection.excerpt()).isEqualTo("{\"Id\":\"3\",\"Creat");
        });
    }

    @Test
    void aTruncatedContentBlobLosesTheLastRecordOnly() {
        ReaderRun run = ReaderRun.of(reader, "cut.json", "[\n  " + RECORD_1 + ",\n  " + RECORD_2 + ",\n  {\"Id\": \"3\",");

        assertThat(run.records()).hasSize(2);
        assertThat(run.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).isEqualTo(
                    "invalid JSON: Unexpected end-of-input within/between Object entries");
            assertThat(rejection.location().line()).isEqualTo(4);
        });
    }

    @Test
    void aGarbageLineInTheMiddleOfJsonLinesLosesThatLineOnly() {
        ReaderRun run = ReaderRun.of(reader, "garbage.jsonl", RECORD_1 + "\r\ngarbage, not JSON\r\n" + RECORD_2 + "\r\n");

        assertThat(run.records()).extracting(record -> record.location().line()).containsExactly(1L, 3L);
        assertThat(run.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).isEqualTo("invalid JSON: Unrecognized token 'garbage'");
            assertThat(rejection.location().line()).isEqualTo(2);
            assertThat(rejection.excerpt()).isEqualTo("garbage, not JSON");
        });
    }

    @Test
    void oneBrokenLineOfJsonLinesIsExactlyOneRejection() {
        String broken = "{\"Id\":\"x\",\"CreationTime\":\"2024-03-11T09:14:52\",\"Operation\":}";

        ReaderRun run = ReaderRun.of(reader, "broken.jsonl", RECORD_1 + "\n" + broken + "\n" + RECORD_2 + "\n");

        assertThat(run.records()).hasSize(2);
        assertThat(run.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).isEqualTo("invalid JSON: Unexpected character ('}' (code 125))");
            assertThat(rejection.excerpt()).isEqualTo(broken);
        });
    }

    @Test
    void binaryBytesBetweenRecordsLoseNoRecord() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0};
        String input = RECORD_1 + "\n" + new String(png, StandardCharsets.ISO_8859_1) + "\n" + RECORD_2 + "\n";

        ReaderRun run = ReaderRun.of(reader, "mixed.jsonl", input);

        // the PNG bytes hold three line breaks: CR LF, LF and a lone CR (0x0d)
        assertThat(run.records()).extracting(record -> record.location().line()).containsExactly(1L, 6L);
        assertThat(run.rejections()).singleElement().satisfies(rejection ->
                assertThat(rejection.location().line()).isEqualTo(2));
    }
}
