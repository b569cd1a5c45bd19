package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.osprey.model.AuditEvent;
import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.osprey.normalize.Records.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path ({@link AuditDataScanner}) and the tree path give the same outcome — the same event, or the
 * same rejection — for every input: the real public samples, hand-written edge cases of JSON syntax and
 * exporter shapes, and tens of thousands of random mutations of real records. The fast path must also take
 * the plain records it exists for, or the normalizer silently loses its speed.
 */
class FastPathEquivalenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MUTANTS_PER_SEED = 150;
    private static final String PLAIN_MAIL_ITEMS = json("{'CreationTime':'2024-03-01T10:00:00','Id':'a-1',"
            + "'Operation':'MailItemsAccessed','OrganizationId':'org','RecordType':50,'ResultStatus':'Succeeded',"
            + "'UserKey':'1003','UserType':0,'Version':1,'Workload':'Exchange','UserId':'u@contoso.com',"
            + "'AppId':'00000002-0000-0ff1-ce00-000000000000','ClientAppId':'','ClientIPAddress':'[2001:db8::5]:443',"
            + "'ClientInfoString':'Client=REST;;','ExternalAccess':false,'LogonType':0,'MailboxGuid':'g-1',"
            + "'MailboxOwnerUPN':'u@contoso.com','OperationProperties':[{'Name':'MailAccessType','Value':'Bind'},"
            + "{'Name':'IsThrottled','Value':'False'}],'OriginatingServer':'DM6PR (15.20.7452.000)\\r\\n',"
            + "'SessionId':'s-1','AppAccessContext':{'AADSessionId':'aad-1','APIId':'api','IssuedAtTime':1},"
            + "'OperationCount':2,'Folders':[{'FolderItems':[{'InternetMessageId':'<A1@X.COM>','SizeInBytes':4711},"
            + "{'InternetMessageId':'<b2@x.com>','SizeInBytes':'815'}],'Id':'LgAA','Path':'\\\\Bo\\u00eete'},"
            + "{'Id':'LgAB','Path':'\\\\Sent Items'}],'Parameters':[],'ExtendedProperties':null,"
            + "'ModifiedProperties':['Subject',' Body ']}");

    private final Normalizer normalizer = new Normalizer();
    private final Normalizer treeOnly = new Normalizer(false);

    private record Outcome(AuditEvent event, String rejection) {
    }

    private Outcome outcome(Normalizer chosen, String auditData) {
        SourceRecord record = new SourceRecord(Records.LOCATION, "unit", auditData,
                Map.of("RecordType", "ExchangeItem", "UserIds", "envelope@contoso.com"), false);
        try {
            return new Outcome(chosen.normalize(record), null);
        } catch (NormalizationException e) {
            return new Outcome(null, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(null, e.getClass().getName());
        }
    }

    private void assertSameOutcome(String auditData) {
        assertThat(outcome(normalizer, auditData)).as(auditData).isEqualTo(outcome(treeOnly, auditData));
    }

    private static boolean scans(String auditData) {
        return AuditDataScanner.scan(auditData, new Degradation(false)) != null;
    }

    @Test
    void publicSamplesGiveTheSameEvents() throws IOException {
        List<String> inputs = publicSampleAuditData();
        assertThat(inputs).hasSizeGreaterThan(150);
        inputs.forEach(this::assertSameOutcome);
        assertThat(inputs.stream().filter(FastPathEquivalenceTest::scans).count())
                .as("the plain Management API and Purview records take the fast path").isGreaterThan(140);
    }

    @Test
    void plainMailItemsAccessedTakesTheFastPath() {
        assertThat(scans(PLAIN_MAIL_ITEMS)).isTrue();
        assertSameOutcome(PLAIN_MAIL_ITEMS);
        assertThat(outcome(normalizer, PLAIN_MAIL_ITEMS).event().mailAccess().items()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // syntax Jackson reads: whitespace, escapes, numbers, literals, empty containers
            " \t\r\n{ 'Id' : 'a' , 'CreationTime' : '2024-01-02T03:04:05Z' , 'Operation' : 'Op' } \n",
            "{'Id':'\\u0041\\n\\t\\\\\\/\\'','CreationTime':'2024-01-02T03:04:05','Operation':'Op','X':'\\uD83D\\uDE00'}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','N':[-0,0,1.5,-2e10,3E+2,4.0e-1,12345678901234567890]}",
            "{'Id':12,'CreationTime':'2024-01-02T03:04:05','Operation':true,'RecordType':'50','UserType':-1,'LogonType':2147483648}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','OperationCount':-0,'Workload':123456789012345678}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','E':{},'F':[],'G':'','H':null,'I':[[]],'J':{'k':{}}}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Workload':null,'UserId':null,'RecordType':null}",
            // syntax Jackson rejects or reads differently: the fast path must decline
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op',}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','N':01}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','N':1.}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','N':+1}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','N':.5}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','N':NaN}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','N':truex}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','N':'\\x'}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','N':'\\u00g1'}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','N':'tab\there'}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op'}}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op'} {}",
            "\uFEFF{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op'}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op' /* c */}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','N':[1,]}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','N':[1 2]}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','N':'unterminated}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','\\u004e':1}",
            // repeated members: Jackson keeps the last value
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Id':'b'}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','X':'','Y':1,'X':'x'}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Parameters':[{'Name':'p','Value':'1','Value':'2'}]}",
            // values in unexpected kinds
            "{'Id':{'x':1},'CreationTime':'2024-01-02T03:04:05','Operation':'Op'}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Workload':1.5,'ObjectId':['x']}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','ClientIP':false,'SessionId':0}",
            // exporter shapes: JSON held in strings, dictionaries, PowerShell renderings
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'MailItemsAccessed','Folders':'[{\\'Id\\':\\'f\\'}]'}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','OperationProperties':{'MailAccessType':'Bind'}}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Parameters':{'Name':'n','Value':'v'}}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Parameters':'System.Object[]'}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Parameters':['@{Name=a; Value=b}']}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Parameters':[{'Name':'a','Value':'System.Object[]'}]}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Parameters':[{'Name':'a','Value':'@{x=1}'}]}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Other':' @{a=b}','More':['x','System.Collections.X']}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Workload':'\\u0020System.Object[]'}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Other':'\\u0040{a=b}'}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Parameters':[1,null,[2],'  ','x']}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Parameters':'','ExtendedProperties':7}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','DeviceProperties':[{'Name':'SessionId','Value':'d-1'}]}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','DeviceProperties':[{'Name':'SessionId','Value':'System.Object[]'}]}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','SessionId':'s','DeviceProperties':[{'Name':'SessionId','Value':'System.Object[]'}]}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','DeviceProperties':null}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','AppAccessContext':'{\\'APIId\\':\\'x\\'}'}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','AppAccessContext':['x'],'AppId':' '}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','AppAccessContext':{'APIId':{'x':1}}}",
            // MailItemsAccessed folder shapes
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'mailitemsaccessed','Folders':{'Id':'f','FolderItems':[]}}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'MailItemsAccessed','Folders':[null,1,{'FolderItems':{}},{'FolderItems':''}]}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'MailItemsAccessed','Folders':[{'FolderItems':[{'InternetMessageId':' <> '},{'InternetMessageId':'<\u0130D@X>'},7]}]}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'MailItemsAccessed','Folders':[{'FolderItems':['@{InternetMessageId=<a@b>}']}]}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'MailItemsAccessed','Folders':['@{Id=f; Path=\\\\Inbox}'],"
                    + "'OperationProperties':[{'Name':'MailAccessType','Value':'Sync'}]}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'MailItemsAccessed','Folders':[{'FolderItems':[{'SizeInBytes':1.5,'InternetMessageId':'<m@x>'}]}]}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'MailItemsAccessed','Folders':[{'Id':'f','Id':'g'}]}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'MailItemsAccessed','Folders':'System.Object[]','OperationCount':'3'}",
            "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'MailItemsAccessed','OperationProperties':[{'Name':'MailAccessType','Value':' sYnC '}]}",
    })
    void edgeCasesGiveTheSameOutcome(String singleQuoted) {
        assertSameOutcome(json(singleQuoted));
    }

    @Test
    void repeatedMembersAmongManyDecline() {
        StringBuilder members = new StringBuilder("{\"Id\":\"a\",\"CreationTime\":\"2024-01-02T03:04:05\",\"Operation\":\"Op\"");
        for (int index = 0; index < 40; index++) {
            members.append(",\"Field").append(index).append("\":").append(index);
        }
        String distinct = members + "}";
        String repeated = members + ",\"Field17\":\"\"}";
        String repeatedKnown = members + ",\"Operation\":\"Other\"}";

        assertThat(scans(distinct)).isTrue();
        assertThat(scans(repeated)).isFalse();
        assertThat(scans(repeatedKnown)).isFalse();
        assertSameOutcome(distinct);
        assertSameOutcome(repeated);
        assertSameOutcome(repeatedKnown);
        assertThat(outcome(normalizer, repeated).event().fieldCount()).isEqualTo(42);
    }

    @Test
    void deepNestingAndLongNamesGiveTheSameOutcome() {
        String base = "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op','Deep':";
        assertSameOutcome(json(base + "[".repeat(200) + "]".repeat(200) + "}"));
        assertSameOutcome(json(base + "[".repeat(2_000) + "]".repeat(2_000) + "}"));
        assertSameOutcome(json(base + "1,'" + "n".repeat(60_000) + "':1}"));
    }

    @Test
    void mutatedRecordsGiveTheSameOutcome() throws IOException {
        Random random = new Random(20240301);
        List<String> seeds = new ArrayList<>(List.of(PLAIN_MAIL_ITEMS));
        List<String> samples = publicSampleAuditData();
        for (int index = 0; index < samples.size(); index += 12) {
            seeds.add(samples.get(index));
        }
        int fastPathTaken = 0;
        int mutants = 0;
        for (String seed : seeds) {
            for (int round = 0; round < MUTANTS_PER_SEED; round++) {
                String mutant = mutate(seed, random);
                assertSameOutcome(mutant);
                fastPathTaken += scans(mutant) ? 1 : 0;
                mutants++;
            }
        }
        assertThat(fastPathTaken).as("mutants the fast path read (so both paths were compared on them)")
                .isGreaterThan(mutants / 5);
    }

    /** One to three random edits with characters that matter to JSON and to the normalizer's readers. */
    private static String mutate(String text, Random random) {
        String alphabet = "\"\\{}[],: \t\n0-1e.+uEtfn@S\u0001aZ<>/";
        StringBuilder mutant = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int edit = 0; edit < edits && mutant.length() > 1; edit++) {
            int at = random.nextInt(mutant.length());
            char character = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(4)) {
                case 0 -> mutant.deleteCharAt(at);
                case 1 -> mutant.insert(at, character);
                case 2 -> mutant.setCharAt(at, character);
                default -> {
                    int end = Math.min(mutant.length(), at + 1 + random.nextInt(40));
                    mutant.insert(random.nextInt(mutant.length()), mutant.substring(at, end));
                }
            }
        }
        return mutant.toString();
    }

    private static List<String> publicSampleAuditData() throws IOException {
        List<String> inputs = new ArrayList<>();
        for (String name : List.of("sekoia_o365_management_api_records.jsonl", "plaso_microsoft_audit_log.jsonl",
                "sekoia_m365defender_cloudappevents.jsonl", "otrf_simuland_OfficeActivityEvents.json",
                "otrf_simuland_Microsoft365DefenderEvents.json")) {
            PublicSamples.readLines(name).stream().filter(line -> !line.isBlank()).forEach(inputs::add);
        }
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(
                PublicSamples.file("huntress2023_rogue_inbox_purview.csv"), StandardCharsets.UTF_8)) {
            csv.forEach(row -> inputs.add(row.getField("AuditData")));
        }
        JsonNode pretty = JSON.readTree(PublicSamples.file("msdocs_mgmt_api_retrieve_content_example.json").toFile());
        for (JsonNode record : pretty) {
            inputs.add(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(record));
        }
        return inputs;
    }
}
