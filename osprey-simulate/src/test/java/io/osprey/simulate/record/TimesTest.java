package io.osprey.simulate.record;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimesTest {
    @Test
    void rendersTheFormsOfTheExports() {
        long morning = Instant.parse("2026-03-02T08:04:05Z").getEpochSecond();
        long afternoon = Instant.parse("2026-12-31T23:59:59Z").getEpochSecond();
        long midnight = Instant.parse("2026-03-03T00:00:00Z").getEpochSecond();
        long noon = Instant.parse("2026-03-03T12:30:00Z").getEpochSecond();

        assertThat(Times.auditTime(morning)).isEqualTo("2026-03-02T08:04:05");
        assertThat(Times.auditTime(afternoon)).isEqualTo("2026-12-31T23:59:59");
        assertThat(Times.auditTime(morning)).isEqualTo("2026-03-02T08:04:05");
        assertThat(Times.isoUtc(midnight)).isEqualTo("2026-03-03T00:00:00Z");
        assertThat(Times.usDateTime(morning)).isEqualTo("3/2/2026 8:04:05 AM");
        assertThat(Times.usDateTime(afternoon)).isEqualTo("12/31/2026 11:59:59 PM");
        assertThat(Times.usDateTime(midnight)).isEqualTo("3/3/2026 12:00:00 AM");
        assertThat(Times.usDateTime(noon)).isEqualTo("3/3/2026 12:30:00 PM");
    }
}
