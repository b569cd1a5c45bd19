package io.osprey.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.attribution.FirstPartyApps;
import io.osprey.analysis.lookup.AppInvestigation;
import io.osprey.analysis.lookup.MessageLookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files under src/test/resources/golden/investigation: review changes as diffs; rewrite them with
 * -Dosprey.updateGolden=true.
 */
class InvestigationWriterTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/investigation");

    @TempDir
    Path out;

    @Test
    void writesEveryFileAsTheGoldenCopy() throws IOException {
        List<Path> files = InvestigationWriter.write(ReportFixture.result(), out);

        assertThat(files).extracting(path -> path.getFileName().toString())
                .containsExactlyElementsOf(InvestigationWriter.FILES);
        try (var listing = Files.list(out)) {
            assertThat(listing.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(InvestigationWriter.FILES);
        }
        for (Path file : files) {
            compareWithGolden(file);
        }
    }

    @Test
    void summaryHasTheContractShape() throws IOException {
        InvestigationWriter.write(ReportFixture.result(), out);
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());

        JsonNode victim = summary.get("mailboxes").get(0);
        assertThat(victim.get("mailbox").asText()).isEqualTo("victim@contoso.com");
        assertThat(victim.get("verdict").asText()).isEqualTo("ASSUME_FULL_COMPROMISE");
        assertThat(victim.get("throttledWindows").get(0).get("startUtc").asText()).isEqualTo("2025-02-05T08:12:00Z");
        assertThat(victim.get("throttledWindows").get(0).get("endUtc").asText()).isEqualTo("2025-02-06T08:12:00Z");
        assertThat(victim.get("attackerSyncedFolders").get(0).asText()).isEqualTo("\\Sent Items");
        assertThat(victim.get("attackerAccessedMessages").asInt()).isEqualTo(2);
        JsonNode firstContext = summary.get("contexts").get(0);
        for (String field : List.of("contextId", "mailbox", "userId", "clientIp", "sessionId", "appId", "clientAppId",
                "clientInfoString", "logonType", "firstSeenUtc", "lastSeenUtc", "recordCount", "attribution",
                "reasons")) {
            assertThat(firstContext.has(field)).as(field).isTrue();
        }
        assertThat(firstContext.get("attribution").asText()).isEqualTo("attacker");
    }

    @Test
    void formulaCellsAreNeutralized() throws IOException {
        InvestigationWriter.write(ReportFixture.result(), out);
        String messages = Files.readString(out.resolve("accessed_messages.csv"));
        assertThat(messages).contains(",\"'=HYPERLINK(\"\"http://evil\"\")@x\",");
        assertThat(messages).doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void lookupAndAppFiles() throws IOException {
        InvestigationResult result = ReportFixture.result();
        Path lookup = LookupWriter.writeMessageLookup(MessageLookup.lookup(result,
                List.of("m2@contoso.com", "<nowhere@x>")), out);
        List<String> lines = Files.readAllLines(lookup, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("m2@contoso.com,true,victim@contoso.com,<m2@contoso.com>,\\Inbox,");
        assertThat(lines.get(3)).isEqualTo("<nowhere@x>,false,,,,,,,,,,,,,,,");

        List<Path> app = LookupWriter.writeAppInvestigation(AppInvestigation.of(result, "none",
                FirstPartyApps.shipped()::name), out);
        assertThat(app).allSatisfy(file -> assertThat(Files.readAllLines(file)).hasSize(1));
    }

    private static void compareWithGolden(Path file) throws IOException {
        Path golden = GOLDEN.resolve(file.getFileName());
        String actual = Files.readString(file, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("osprey.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden copy of " + file.getFileName() + " (run with -Dosprey.updateGolden=true)")
                .exists();
        assertThat(actual).as(file.getFileName().toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
