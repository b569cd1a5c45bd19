package io.osprey.normalize;

import io.osprey.model.ClientAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "203.0.113.5              | 203.0.113.5",
            "203.0.113.5:51000        | 203.0.113.5",
            "185.73.124.135:19823     | 185.73.124.135",
            "[2001:DB8::1]:443        | 2001:db8::1",
            "[2001:db8::1]            | 2001:db8::1",
            "::ffff:203.0.113.5       | 203.0.113.5",
            "::FFFF:203.0.113.5       | 203.0.113.5",
            "[::ffff:203.0.113.5]:80  | 203.0.113.5",
            "FE80::                   | fe80::",
            "fe80::1%eth0             | fe80::1%eth0",
            "::1                      | ::1",
            "::                       | ::",
            "2603:1026:C09:834::5     | 2603:1026:c09:834::5",
            "2000:4444:1111:5555:3333:1111:bbbb:555 | 2000:4444:1111:5555:3333:1111:bbbb:555",
            "64:ff9b::192.0.2.33      | 64:ff9b::192.0.2.33",
            "0.0.0.0                  | 0.0.0.0",
    })
    void normalizesAddressForms(String raw, String normalized) {
        assertThat(ClientAddresses.of(raw)).isEqualTo(new ClientAddress(normalized, raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<null>", "localhost", "203.0.113.256", "203.0.113", "1.2.3.4:port", "1.2.3.4:1234567",
            "[2001:db8::1", "[2001:db8::1]x", "2001:db8:::1", "1:2:3:4:5:6:7:8:9", "12345::", "fe80::1%",
            "1:2:3:4:5:6:7:", "ANONYMIZED"})
    void keepsTheRawTextOfWhatIsNoAddress(String raw) {
        assertThat(ClientAddresses.of(raw)).isEqualTo(new ClientAddress(null, raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void absentAddressIsNone(String raw) {
        assertThat(ClientAddresses.of(raw)).isSameAs(ClientAddress.NONE);
    }

    @ParameterizedTest
    @CsvSource({"' 198.51.100.7 ', 198.51.100.7"})
    void surroundingSpacesAreIgnoredButKeptInRaw(String raw, String normalized) {
        assertThat(ClientAddresses.of(raw)).isEqualTo(new ClientAddress(normalized, raw));
    }
}
