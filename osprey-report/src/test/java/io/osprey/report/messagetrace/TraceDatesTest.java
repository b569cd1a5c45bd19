package io.osprey.report.messagetrace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TraceDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-02-04T09:15:02.3310000Z | 2025-02-04T09:15:02.331Z",
            "2025-02-04T09:15:02          | 2025-02-04T09:15:02Z",
            "2025-02-04 09:15:02          | 2025-02-04T09:15:02Z",
            "2025-02-04T10:15:02+01:00    | 2025-02-04T09:15:02Z",
            "2/4/2025 9:15:02 AM          | 2025-02-04T09:15:02Z",
            "2/4/2025 12:05:00 AM         | 2025-02-04T00:05:00Z",
            "2/4/2025 12:05:00 PM         | 2025-02-04T12:05:00Z",
            "2/4/2025 9:15:02 PM          | 2025-02-04T21:15:02Z",
            "2/4/2025 21:15:02            | 2025-02-04T21:15:02Z",
            "13/02/2025 08:00:00          | 2025-02-13T08:00:00Z",
            "04.02.2025 09:15:02          | 2025-02-04T09:15:02Z",
            "04-02-2025 09:15:02          | 2025-02-04T09:15:02Z"})
    void readsTheFormsExportsWrite(String text, String expected) {
        assertThat(TraceDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThat(TraceDates.parse("not a date")).isNull();
        assertThat(TraceDates.parse("2/30/2025 9:00:00 AM")).isNull();
        assertThat(TraceDates.parse("2/4/2025 13:00:00 PM")).isNull();
        assertThat(TraceDates.parse("2025-13-01T00:00:00Z")).isNull();
        assertThat(TraceDates.parse("12345")).isNull();
    }
}
