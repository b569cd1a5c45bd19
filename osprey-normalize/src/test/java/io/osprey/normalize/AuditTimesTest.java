package io.osprey.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTimesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2023-09-15T18:16:53                | 2023-09-15T18:16:53Z",
            "2021-08-02T13:32:07.0000000Z       | 2021-08-02T13:32:07Z",
            "2021-08-02T13:32:07.1Z             | 2021-08-02T13:32:07.100Z",
            "2021-08-02T13:32:07.123456789Z     | 2021-08-02T13:32:07.123456789Z",
            "2021-08-02T13:32:07.1234567891234Z | 2021-08-02T13:32:07.123456789Z",
            "2021-08-02T13:32:07.5              | 2021-08-02T13:32:07.500Z",
            "2021-08-02T15:32:07+02:00          | 2021-08-02T13:32:07Z",
            "2021-08-02T08:32:07.25-0500        | 2021-08-02T13:32:07.250Z",
            "2021-08-02T14:32:07+01             | 2021-08-02T13:32:07Z",
            "2021-08-02 13:32:07                | 2021-08-02T13:32:07Z",
            "2021-08-02T13:32:07z               | 2021-08-02T13:32:07Z",
            "/Date(1695182703000)/              | 2023-09-20T04:05:03Z",
            "/Date(1695182703000+0000)/         | 2023-09-20T04:05:03Z",
    })
    void parsesAuditDataForms(String text, String expected) {
        assertThat(AuditTimes.parse(text)).isEqualTo(Instant.parse(expected));
        assertThat(AuditTimes.parseWrapperDate(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "9/20/2023 4:05:03 AM   | 2023-09-20T04:05:03Z",
            "9/20/2023 4:05:03 PM   | 2023-09-20T16:05:03Z",
            "12/1/2023 12:00:00 AM  | 2023-12-01T00:00:00Z",
            "12/1/2023 12:30:00 PM  | 2023-12-01T12:30:00Z",
            "1/2/2024 23:59:59      | 2024-01-02T23:59:59Z",
    })
    void parsesUsWrapperDatesOnlyAsWrapperDates(String text, String expected) {
        assertThat(AuditTimes.parseWrapperDate(text)).isEqualTo(Instant.parse(expected));
        assertThat(AuditTimes.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2023-09-15", "2023-09-15T18:16", "2023-13-15T18:16:53",
            "2023-02-30T10:00:00", "2023-09-15T24:00:00", "2023-09-15T18:16:53.", "2023-09-15T18:16:53+2",
            "2023-09-15T18:16:53 UTC", "20/9/2023 4:05:03 AM", "9/20/2023 13:05:03 PM", "/Date(abc)/",
            "9/20/23 4:05:03 AM"})
    void rejectsWhatIsNoDate(String text) {
        assertThat(AuditTimes.parseWrapperDate(text)).isNull();
    }
}
