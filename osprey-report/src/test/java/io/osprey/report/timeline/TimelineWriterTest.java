package io.osprey.report.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.osprey.model.AuditEvent;
import io.osprey.report.ReportCase;
import io.osprey.report.ReportInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static TimelineCounts counts;
    private static List<AuditEvent> events;

    @BeforeAll
    static void write() throws IOException {
        ReportInput input = ReportCase.shared();
        events = new ArrayList<>();
        input.events().forEach(events::add);
        counts = TimelineWriter.write(input.events(), input.investigation(), input.hunt(), dir);
    }

    @Test
    void countsEveryEventAndFinding() {
        assertThat(counts.events()).isEqualTo(events.size());
        assertThat(counts.findings()).isEqualTo(1);
        assertThat(counts.sofElkRecords()).isEqualTo(events.size());
        assertThat(counts.sofElkUnreadable()).isZero();
    }

    @Test
    void timesketchJsonLinesHaveTheRequiredFieldsAndTheAttribution() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("timesketch.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(events.size() + 1);
        for (String line : lines) {
            JsonNode row = JSON.readTree(line);
            assertThat(row.get("message").asText()).isNotBlank();
            assertThat(row.get("datetime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(row.get("timestamp_desc").asText()).isNotBlank();
            assertThat(row.get("timestamp").isIntegralNumber()).isTrue();
        }
        JsonNode attacker = find(lines, "v-att-3");
        assertThat(attacker.get("osprey_attribution").asText()).isEqualTo("attacker");
        assertThat(attacker.get("mail_access_type").asText()).isEqualTo("SYNC");
        assertThat(attacker.get("is_throttled").asBoolean()).isTrue();
        assertThat(attacker.get("client_info_string").asText()).isEqualTo(ReportCase.HOSTILE_CLIENT);
        assertThat(attacker.get("timestamp").asLong()).isEqualTo(1_738_743_120_000_000L);
        assertThat(attacker.get("message").asText()).isEqualTo("MailItemsAccessed Sync: 1 folder(s), THROTTLED by"
                + " victim@contoso.com from 203.0.113.66 [attacker]");
        assertThat(find(lines, "v-user-1").get("osprey_attribution").asText()).isEqualTo("user");
        JsonNode rule = find(lines, "rule-1");
        assertThat(rule.has("osprey_attribution")).isFalse();
        assertThat(rule.get("operation").asText()).isEqualTo("New-InboxRule");
        JsonNode finding = JSON.readTree(lines.get(lines.size() - 1));
        assertThat(finding.get("data_type").asText()).isEqualTo("osprey:finding");
        assertThat(finding.get("finding_rule_id").asText()).isEqualTo("exo-inbox-rule-forwarding");
        assertThat(finding.get("evidence_record_ids").asText()).isEqualTo("rule-1");
    }

    @Test
    void timesketchCsvHasTheSameRowsWithSafeCells() throws IOException {
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(dir.resolve("timesketch.csv"),
                StandardCharsets.UTF_8)) {
            List<NamedCsvRecord> rows = csv.stream().toList();
            assertThat(rows).hasSize(events.size() + 1);
            assertThat(rows.get(0).getHeader()).startsWith("message", "datetime", "timestamp", "timestamp_desc");
            NamedCsvRecord formula = rows.stream().filter(row -> row.getField("record_id").equals("v-att-1"))
                    .findFirst().orElseThrow();
            assertThat(formula.getField("internet_message_ids")).isEqualTo("<m2@partner.example>;"
                    + ReportCase.FORMULA_MESSAGE_ID);
            assertThat(formula.getField("folders")).isEqualTo("\\Inbox");
            assertThat(formula.getField("datetime")).isEqualTo("2025-02-05T08:10:00Z");
        }
    }

    @Test
    void sofElkLinesAreTheAuditDataCompactAndUnchanged() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("sof-elk.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(events.size());
        Iterator<AuditEvent> event = events.iterator();
        for (String line : lines) {
            String raw = event.next().rawJson();
            assertThat(raw).contains("\n");
            assertThat(line).doesNotContain("\n").startsWith("{\"CreationTime\":");
            assertThat(JSON.readTree(line)).isEqualTo(JSON.readTree(raw));
        }
    }

    @Test
    void unreadableAuditDataIsCountedNotWritten(@TempDir Path other) throws IOException {
        AuditEvent good = events.get(0);
        AuditEvent broken = new AuditEvent("x", good.creationTime(), "Op", null, null, null, null, null, null,
                good.clientAddress(), null, null, null, null, null, null, null, null, null, java.util.Map.of(),
                java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), null, "[1,2]", "test", good.location(),
                false, 1);
        TimelineCounts written = TimelineWriter.write(List.of(good, broken), null, null, other);
        assertThat(written).isEqualTo(new TimelineCounts(2, 0, 1, 1));
        assertThat(Files.readAllLines(other.resolve("sof-elk.jsonl"))).hasSize(1);
        assertThat(Files.readAllLines(other.resolve("timesketch.jsonl"))).hasSize(2);
    }

    private static JsonNode find(List<String> lines, String recordId) throws IOException {
        for (String line : lines) {
            JsonNode row = JSON.readTree(line);
            if (row.has("record_id") && row.get("record_id").asText().equals(recordId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + recordId);
    }
}
