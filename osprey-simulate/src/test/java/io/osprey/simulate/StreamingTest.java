package io.osprey.simulate;

import io.osprey.simulate.output.RecordSink;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.truth.GroundTruth;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator streams: records reach the sink day by day as they are made (nothing is collected first),
 * each within the day announced before it. Run on a tenant of 2,000 users into a counting sink (the memory
 * bound itself, per-user state only, was checked by hand with 20,000 users and 4 days in a 160 MB heap).
 */
class StreamingTest {
    @Test
    void recordsStreamDayByDayIntoTheSink() throws Exception {
        CountingSink sink = new CountingSink();
        GroundTruth truth = TenantSimulator.run(Simulations.spec(Scenario.FULL, 2_000, 2), sink);

        assertThat(sink.days).containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));
        assertThat(sink.outsideTheirDay).isZero();
        assertThat(sink.records).isEqualTo(truth.uniqueRecordCount()).isGreaterThan(2_000 * 2 * 5);
        assertThat(truth.recordCountsByOperation().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(sink.records);
        assertThat(truth.mailboxVerdicts()).isNotEmpty();
        assertThat(sink.closed).isFalse();
    }

    private static final class CountingSink implements RecordSink {
        final List<LocalDate> days = new ArrayList<>();
        long records;
        long outsideTheirDay;
        boolean closed;

        @Override
        public void startDay(LocalDate day) {
            days.add(day);
        }

        @Override
        public void accept(AuditRecord record) {
            records++;
            LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(record.creationTime(), 86_400L));
            if (!day.equals(days.get(days.size() - 1))) {
                outsideTheirDay++;
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
