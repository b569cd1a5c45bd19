package io.osprey.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real public samples through ingest and the playbook: their MailItemsAccessed rows appear with the right
 * messages and contexts (values read from the sample files; see shared/samples/public/README.md).
 */
class PublicSamplesPlaybookTest {
    private static final String SEKOIA_RECORD = "461a38ce-fc36-4a4d-b73e-643262cc063f";
    private static final String SEKOIA_SESSION = "dcdad6b2-f279-48c6-9ed8-3df0ffde4ece";
    private static final String SEKOIA_DRAFT = "AM0PR07MB576312B164491AF0F9214C738DF6A@AM0PR07MB5763.eurprd07.prod.outlook.com";
    private static final String SIMULAND_RECORD = "699e0b10-1c53-403e-976f-ce0847a92b44";
    private static final String SIMULAND_MAILBOX = "pgustavo@simulandlabs.com";

    @TempDir
    Path dir;

    @Test
    void theSamplesMailItemsAccessedRowsAppearWithTheirMessagesAndContexts() throws IOException {
        Path caseDirectory = dir.resolve("case");
        CommandRun ingest = CommandRun.of(Stream.concat(Stream.of("ingest", caseDirectory.toString()),
                samples().stream().map(Path::toString)).toArray(String[]::new));
        assertThat(ingest.exitCode()).as(ingest.err()).isIn(ExitCodes.OK, ExitCodes.SOME_INPUT_NOT_READ);
        CommandRun investigate = CommandRun.of("investigate", caseDirectory.toString());
        assertThat(investigate.exitCode()).as(investigate.err()).isEqualTo(ExitCodes.OK);
        InvestigationFiles files = InvestigationFiles.of(caseDirectory);

        List<Map<String, String>> messages = files.csv("accessed_messages.csv");
        assertThat(messages).filteredOn(row -> row.get("Mailbox").equals("user1")
                        && row.get("EvidenceRecordIds").contains(SEKOIA_RECORD))
                .extracting(row -> row.get("InternetMessageId"), row -> row.get("FolderPath"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("<" + SEKOIA_DRAFT + ">", "\\Brouillons"),
                        org.assertj.core.groups.Tuple.tuple(
                                "<AM0PR07MB5763A95F7E4A5BA512692F698DF6A@AM0PR07MB5763.eurprd07.prod.outlook.com>",
                                "\\Brouillons"),
                        org.assertj.core.groups.Tuple.tuple(
                                "<AM0PR07MB57633CFE8EE2ACB8CEF184AC8DF6A@AM0PR07MB5763.eurprd07.prod.outlook.com>",
                                "\\Brouillons"));
        assertThat(messages).filteredOn(row -> row.get("Mailbox").equals("user1"))
                .extracting(row -> row.get("InternetMessageId")).contains("<abcdef@mail.example.com>");
        List<Map<String, String>> simuland = messages.stream()
                .filter(row -> row.get("Mailbox").equals(SIMULAND_MAILBOX)).toList();
        assertThat(simuland).hasSize(6).allSatisfy(row -> {
            assertThat(row.get("FolderPath")).isEqualTo("\\Inbox");
            assertThat(row.get("EvidenceRecordIds")).isEqualTo(SIMULAND_RECORD);
        });
        assertThat(simuland).extracting(row -> row.get("InternetMessageId")).contains(
                "<AB1CD23EF4567DAC24353B8AD047DDEB0B1EB9@AB1CD23EF4567.abcdef12.prod.outlook.com>",
                "<00000000-0000-0000-0000-000000000000@az.northcentralus.production.microsoft.com>");

        JsonNode sekoiaContext = context(files, "user1", "192.0.2.1");
        assertThat(sekoiaContext.get("sessionId").asText()).isEqualTo(SEKOIA_SESSION);
        assertThat(sekoiaContext.get("clientInfoString").asText()).isEqualTo("Client=OWA;Action=ViaProxy");
        assertThat(sekoiaContext.get("appId").asText()).isEqualTo("00000002-0000-0ff1-ce00-000000000000");
        JsonNode simulandContext = context(files, SIMULAND_MAILBOX, "1.2.3.4");
        assertThat(simulandContext.get("appId").asText()).isEqualTo("00000003-0000-0000-c000-000000000000");
        assertThat(simulandContext.get("clientAppId").asText()).isEqualTo("5a95e683-08ad-424e-a441-1d1aec52c02c");
        assertThat(simulandContext.get("clientInfoString").asText()).isEqualTo("Client=REST;;");
        assertThat(simulandContext.get("bindRecords").asInt()).isEqualTo(1);

        Path ids = Files.write(dir.resolve("ids.txt"), List.of(SEKOIA_DRAFT));
        CommandRun lookup = CommandRun.of("messages", caseDirectory.toString(), "--message-ids", ids.toString(),
                "--ioc", "session:" + SEKOIA_SESSION);
        assertThat(lookup.exitCode()).as(lookup.err()).isEqualTo(ExitCodes.OK);
        assertThat(files.csv("message_lookup.csv")).singleElement().satisfies(row -> {
            assertThat(row.get("Found")).isEqualTo("true");
            assertThat(row.get("Mailbox")).isEqualTo("user1");
            assertThat(row.get("FirstAccessUtc")).isEqualTo("2023-09-15T18:16:53Z");
            assertThat(row.get("ClientIp")).isEqualTo("192.0.2.1");
            assertThat(row.get("SessionId")).isEqualTo(SEKOIA_SESSION);
            assertThat(row.get("Attribution")).isEqualTo("attacker");
            assertThat(row.get("EvidenceRecordIds")).isEqualTo(SEKOIA_RECORD);
        });
    }

    private static JsonNode context(InvestigationFiles files, String mailbox, String clientIp) {
        for (JsonNode context : files.summary().get("contexts")) {
            if (context.get("mailbox").asText().equals(mailbox) && context.get("clientIp").asText().equals(clientIp)) {
                return context;
            }
        }
        throw new AssertionError("no context of " + mailbox + " from " + clientIp);
    }

    /** The audit-log samples (not their README or source list), in name order. */
    private static List<Path> samples() throws IOException {
        Path folder = PublicSamplesFolder.locate();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().matches(".*\\.(csv|json|jsonl)$")).sorted().toList();
        }
    }
}
