package io.osprey.formats.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WrapperDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "9/20/2023 4:05:03 AM | 2023-09-20T04:05:03Z",
            "9/20/2023 12:05:03 AM | 2023-09-20T00:05:03Z",
            "9/20/2023 12:05:03 PM | 2023-09-20T12:05:03Z",
            "9/20/2023 4:05:03 PM | 2023-09-20T16:05:03Z",
            "'2026-01-24T06:54:24.0000000Z ' | 2026-01-24T06:54:24Z",
            "2023-09-15T18:16:53 | 2023-09-15T18:16:53Z",
            "2023-09-15T18:16:53+02:00 | 2023-09-15T16:16:53Z",
            "2022-09-15 5:49:22 PM | 2022-09-15T17:49:22Z",
            "'8/2/2021, 1:32:07.123 PM' | 2021-08-02T13:32:07.123Z",
            "20.09.2023 04:05:03 | 2023-09-20T04:05:03Z",
            "25/12/2023 10:00 | 2023-12-25T10:00:00Z"})
    void readsCultureRenderings(String text, String expected) {
        assertThat(WrapperDates.parse(text)).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "9/20/2023", "2023-13-01T00:00:00", "13/25/2023 1:00:00 PM"})
    void rejectsWhatIsNotADate(String text) {
        assertThat(WrapperDates.parse(text)).isNull();
    }
}
