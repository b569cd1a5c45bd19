package io.osprey.collect;

import io.osprey.collect.auth.Cloud;
import io.osprey.collect.auth.CredentialSpec;
import io.osprey.collect.auth.SignInSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeWindowTest {
    @Test
    void partitionsAtUtcMidnightsSoOverlappingRequestsShareWindows() {
        List<TimeWindow> windows = TimeWindow.partition(Instant.parse("2024-03-01T10:00:00Z"),
                Instant.parse("2024-03-03T06:00:00Z"), Duration.ofDays(1));

        assertThat(windows).extracting(TimeWindow::key).containsExactly(
                "20240301T100000Z_20240302T000000Z", "20240302T000000Z_20240303T000000Z",
                "20240303T000000Z_20240303T060000Z");
    }

    @Test
    void shorterWindowsAlignToMultiplesOfTheirLength() {
        List<TimeWindow> windows = TimeWindow.partition(Instant.parse("2024-03-01T05:00:00Z"),
                Instant.parse("2024-03-01T13:00:00Z"), Duration.ofHours(6));

        assertThat(windows).extracting(TimeWindow::key).containsExactly(
                "20240301T050000Z_20240301T060000Z", "20240301T060000Z_20240301T120000Z",
                "20240301T120000Z_20240301T130000Z");
    }

    @Test
    void halvesAtTheSecondAndKeysRoundTrip() {
        TimeWindow window = new TimeWindow(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-01T00:00:05Z"));

        assertThat(window.halves()).extracting(TimeWindow::key).containsExactly(
                "20240301T000000Z_20240301T000002Z", "20240301T000002Z_20240301T000005Z");
        assertThat(TimeWindow.fromKey(window.key())).isEqualTo(window);
        assertThat(new TimeWindow(window.start(), window.start().plusSeconds(1)).halves()).isNull();
    }

    @Test
    void requestsRoundTheirRangeOutwardToWholeSeconds() {
        SignInSettings signIn = new SignInSettings("t", "c", new CredentialSpec.DeviceCode(), Cloud.GLOBAL.endpoints());
        CollectRequest request = new CollectRequest(Path.of("case"), signIn,
                Instant.parse("2024-03-01T00:00:00.700Z"), Instant.parse("2024-03-02T00:00:00.200Z"), null, null, null,
                null);

        assertThat(request.from()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(request.to()).isEqualTo(Instant.parse("2024-03-02T00:00:01Z"));
        assertThat(request.sources()).isEqualTo(CollectRequest.defaultSources());
    }
}
