package io.osprey.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.simulate.truth.GroundTruth;
import io.osprey.simulate.truth.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottledScenarioTest {
    private static final long DAY = 86_400;

    @Test
    void pastAThousandRecordsIsThrottledAppearsAndNoBindIsRecordedForTwentyFourHours() {
        SimulationSummary summary = Simulations.run(Simulations.spec(Scenario.THROTTLED, 10, 3));
        List<JsonNode> records = Simulations.records(summary);
        List<JsonNode> throttled = records.stream()
                .filter(record -> "True".equals(Simulations.nameValue(record.get("OperationProperties"),
                        "IsThrottled"))).toList();
        assertThat(throttled).hasSize(1);
        JsonNode signal = throttled.get(0);
        String mailbox = signal.path("MailboxOwnerUPN").asText();
        long start = seconds(signal);
        assertThat(Simulations.isBind(signal)).isTrue();

        List<JsonNode> mailboxRecords = records.stream().filter(record -> "MailItemsAccessed".equals(
                record.path("Operation").asText()) && mailbox.equals(record.path("MailboxOwnerUPN").asText())).toList();
        long before = mailboxRecords.stream().filter(record -> seconds(record) >= start - DAY
                && seconds(record) < start + 120 && record != signal).count();
        assertThat(before).isGreaterThanOrEqualTo(1_000);
        assertThat(mailboxRecords.stream().filter(Simulations::isBind)
                .filter(record -> seconds(record) > start && seconds(record) < start + DAY)).isEmpty();
        assertThat(mailboxRecords.stream().filter(Simulations::isBind)
                .filter(record -> seconds(record) >= start + DAY)).as("binds are audited again after 24 h")
                .isNotEmpty();
        assertThat(mailboxRecords.stream().filter(Simulations::isSync)
                .filter(record -> seconds(record) > start && seconds(record) < start + DAY))
                .as("sync is not throttled").isNotEmpty();

        GroundTruth.ThrottledWindows windows = summary.truth().throttledWindows().get(0);
        assertThat(windows.mailbox()).isEqualTo(mailbox);
        assertThat(windows.recordIds()).containsExactly(signal.path("Id").asText());
        assertThat(windows.windows()).containsExactly(new GroundTruth.Window(
                Instant.ofEpochSecond(start).toString(), Instant.ofEpochSecond(start + DAY).toString()));
        GroundTruth.MailboxVerdict verdict = summary.truth().mailboxVerdicts().stream()
                .filter(candidate -> candidate.mailbox().equals(mailbox)).findFirst().orElseThrow();
        assertThat(verdict.verdict()).isEqualTo(Verdict.ASSUME_FULL_COMPROMISE);
        assertThat(verdict.unrecordedAttackerBinds()).isPositive();
    }

    static long seconds(JsonNode record) {
        return LocalDateTime.parse(record.path("CreationTime").asText()).toEpochSecond(ZoneOffset.UTC);
    }
}
