package io.osprey.rules.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.osprey.rules.CheckSummary;
import io.osprey.rules.Finding;
import io.osprey.rules.HuntResult;
import io.osprey.rules.Level;
import io.osprey.rules.sparrow.SparrowTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HuntWriterTest {

    private static HuntResult result(List<SparrowTable> tables) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Operation", "New-InboxRule");
        fields.put("Parameters.Name", "=cmd|' /C calc'!A0");
        Finding finding = new Finding("exo-inbox-rule-forwarding", "Inbox rule forwards or redirects mail", Level.HIGH,
                Instant.parse("2024-05-14T11:31:07Z"), "megan@contoso.com", "megan@contoso.com", fields,
                List.of("37a3b4f2-7f5b-4a0c-8ed2-49f05b6c7d8f"));
        Finding noMailbox = new Finding("aad-mfa-disabled", "MFA disabled", Level.MEDIUM,
                Instant.parse("2024-05-14T09:30:18Z"), "admin@contoso.com", null, Map.of(), List.of("ae1a"));
        return new HuntResult(List.of(noMailbox, finding), tables,
                List.of(new CheckSummary("exo-inbox-rule-forwarding", "Inbox rule forwards or redirects mail",
                        Level.HIGH, "rule", "classpath:rules/exo-inbox-rule-forwarding.yml", 1)), 42);
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            return reader.stream().map(CsvRecord::getFields).toList();
        }
    }

    @Test
    void writesFindingsJson(@TempDir Path hunt) throws IOException {
        HuntWriter.write(result(List.of()), hunt);
        JsonNode json = new ObjectMapper().readTree(hunt.resolve("findings.json").toFile());
        assertThat(json.get("eventsScanned").asLong()).isEqualTo(42);
        assertThat(json.get("findingCount").asInt()).isEqualTo(2);
        assertThat(json.get("countsByLevel").get("high").asInt()).isEqualTo(1);
        assertThat(json.get("countsByLevel").get("medium").asInt()).isEqualTo(1);
        assertThat(json.get("checks").get(0).get("findings").asInt()).isEqualTo(1);
        JsonNode finding = json.get("findings").get(1);
        assertThat(finding.get("ruleId").asText()).isEqualTo("exo-inbox-rule-forwarding");
        assertThat(finding.get("level").asText()).isEqualTo("high");
        assertThat(finding.get("time").asText()).isEqualTo("2024-05-14T11:31:07Z");
        assertThat(finding.get("mailbox").asText()).isEqualTo("megan@contoso.com");
        assertThat(finding.get("fields").get("Parameters.Name").asText()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(finding.get("evidenceRecordIds").get(0).asText()).isEqualTo("37a3b4f2-7f5b-4a0c-8ed2-49f05b6c7d8f");
        assertThat(json.get("findings").get(0).get("mailbox").isNull()).isTrue();
    }

    @Test
    void writesFindingsCsvWithNeutralizedCells(@TempDir Path hunt) throws IOException {
        HuntWriter.write(result(List.of()), hunt);
        List<List<String>> rows = readCsv(hunt.resolve("findings.csv"));
        assertThat(rows.get(0)).containsExactly("RuleId", "Title", "Level", "TimeUtc", "User", "Mailbox", "Fields",
                "EvidenceRecordIds");
        assertThat(rows.get(2)).containsExactly("exo-inbox-rule-forwarding", "Inbox rule forwards or redirects mail",
                "high", "2024-05-14T11:31:07Z", "megan@contoso.com", "megan@contoso.com",
                "{\"Operation\":\"New-InboxRule\",\"Parameters.Name\":\"=cmd|' /C calc'!A0\"}",
                "37a3b4f2-7f5b-4a0c-8ed2-49f05b6c7d8f");
    }

    @Test
    void writesSparrowTablesUnderTheirPaths(@TempDir Path hunt) throws IOException {
        SparrowTable domain = new SparrowTable("Domain_Operations_Export.csv", List.of("Id", "Operation"),
                List.of(List.of("r1", "Set domain authentication.")));
        SparrowTable perApp = new SparrowTable("AppInvestigations/Contoso Sync/MailItems_Operations_Export.x.csv",
                List.of("Id", "UserId"), List.of(List.of("r2", "@evil")));
        HuntWriter.write(result(List.of(domain, perApp)), hunt);
        assertThat(readCsv(hunt.resolve("sparrow/Domain_Operations_Export.csv"))).containsExactly(
                List.of("Id", "Operation"), List.of("r1", "Set domain authentication."));
        assertThat(readCsv(hunt.resolve("sparrow/AppInvestigations/Contoso Sync/MailItems_Operations_Export.x.csv")))
                .containsExactly(List.of("Id", "UserId"), List.of("r2", "'@evil"));
    }

    @Test
    void aSecondRunReplacesTheSparrowFolderAndLeavesNoStaging(@TempDir Path hunt) throws IOException {
        SparrowTable perApp = new SparrowTable("AppInvestigations/Old/MailItems_Operations_Export.x.csv",
                List.of("Id"), List.of(List.of("r2")));
        HuntWriter.write(result(List.of(perApp)), hunt);
        HuntWriter.write(result(List.of()), hunt);
        assertThat(hunt.resolve("sparrow/AppInvestigations")).doesNotExist();
        assertThat(hunt.resolve("sparrow")).isDirectory();
        try (Stream<Path> files = Files.list(hunt)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("findings.json", "findings.csv", "sparrow");
        }
    }
}
