package io.osprey.normalize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.osprey.model.AccessedItem;
import io.osprey.model.AuditEvent;
import io.osprey.model.ClientAddress;
import io.osprey.model.MailAccessType;
import io.osprey.model.SourceLocation;
import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every real public sample record that carries AuditData normalizes, with its facts checked exactly. */
class PublicSamplesNormalizationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Normalizer normalizer = new Normalizer();

    private List<AuditEvent> normalizeAll(List<SourceRecord> records) throws NormalizationException {
        List<AuditEvent> events = new ArrayList<>();
        for (SourceRecord record : records) {
            events.add(normalizer.normalize(record));
        }
        return events;
    }

    private static AuditEvent single(List<AuditEvent> events, String operation, String creationTime) {
        return events.stream()
                .filter(event -> event.operation().equals(operation)
                        && event.creationTime().equals(Instant.parse(creationTime)))
                .collect(Collectors.collectingAndThen(Collectors.toList(), list -> {
                    assertThat(list).hasSize(1);
                    return list.get(0);
                }));
    }

    @Test
    void sekoiaManagementApiRecordsAllNormalize() throws Exception {
        List<AuditEvent> events = normalizeAll(PublicSamples.jsonLines("sekoia_o365_management_api_records.jsonl"));

        assertThat(events).hasSize(73);
        assertThat(events).noneMatch(AuditEvent::degraded);
        assertThat(events).allMatch(event -> event.recordType() != null && event.fieldCount() > 10);
        assertThat(events.stream().filter(event -> event.recordTypeName() == null).map(AuditEvent::recordType))
                .as("155 is missing from the documented AuditLogRecordType table").containsExactly(155);
        assertThat(events.stream().map(AuditEvent::recordType).distinct().sorted())
                .containsExactly(1, 2, 3, 4, 6, 8, 14, 15, 20, 22, 25, 28, 36, 40, 41, 43, 47, 50, 64, 66, 98, 155);
        assertThat(events.stream().filter(AuditEvent::isMailItemsAccessed)).hasSize(3);
        assertThat(events.stream().filter(event -> !event.isMailItemsAccessed()))
                .allSatisfy(event -> assertThat(event.mailAccess()).isNull());
    }

    @Test
    void sekoiaMailItemsAccessedItems() throws Exception {
        List<AuditEvent> events = normalizeAll(PublicSamples.jsonLines("sekoia_o365_management_api_records.jsonl"));

        AuditEvent brouillons = single(events, "MailItemsAccessed", "2023-09-15T18:16:53Z");
        assertThat(brouillons.recordId()).isEqualTo("461a38ce-fc36-4a4d-b73e-643262cc063f");
        assertThat(brouillons.location()).isEqualTo(
                new SourceLocation("sekoia_o365_management_api_records.jsonl", 18, -1));
        assertThat(brouillons.recordType()).isEqualTo(50);
        assertThat(brouillons.recordTypeName()).isEqualTo("ExchangeItemAggregated");
        assertThat(brouillons.workload()).isEqualTo("Exchange");
        assertThat(brouillons.userType()).isEqualTo("Regular");
        assertThat(brouillons.logonType()).isEqualTo("Owner");
        assertThat(brouillons.sessionId()).isEqualTo("dcdad6b2-f279-48c6-9ed8-3df0ffde4ece");
        assertThat(brouillons.appId()).isEqualTo("00000002-0000-0ff1-ce00-000000000000");
        assertThat(brouillons.clientInfoString()).isEqualTo("Client=OWA;Action=ViaProxy");
        assertThat(brouillons.mailboxGuid()).isEqualTo("03d9e949-cbc1-4dd2-b7ba-8a1d1e0207b5");
        assertThat(brouillons.clientAddress()).isEqualTo(new ClientAddress("192.0.2.1", "192.0.2.1"));
        assertThat(brouillons.mailAccess().accessType()).isEqualTo(MailAccessType.BIND);
        assertThat(brouillons.mailAccess().throttled()).isFalse();
        assertThat(brouillons.mailAccess().operationCount()).isEqualTo(3);
        assertThat(brouillons.mailAccess().items())
                .extracting(AccessedItem::folderPath, AccessedItem::messageKey, AccessedItem::sizeInBytes)
                .containsExactly(
                        tuple("\\Brouillons", "am0pr07mb576312b164491af0f9214c738df6a@am0pr07mb5763.eurprd07.prod.outlook.com", 3476L),
                        tuple("\\Brouillons", "am0pr07mb5763a95f7e4a5ba512692f698df6a@am0pr07mb5763.eurprd07.prod.outlook.com", 4871L),
                        tuple("\\Brouillons", "am0pr07mb57633cfe8ee2acb8cef184ac8df6a@am0pr07mb5763.eurprd07.prod.outlook.com", 4873L));
        assertThat(brouillons.mailAccess().items().get(0).internetMessageId())
                .isEqualTo("<AM0PR07MB576312B164491AF0F9214C738DF6A@AM0PR07MB5763.eurprd07.prod.outlook.com>");
        assertThat(brouillons.mailAccess().items().get(0).folderId())
                .isEqualTo("LgAAAABxSjbeIoBUT6MlFIM9cqcFAQCxmw0Q8U/kQIyFE2Uk+mwoAAAAAAEPAAAB");

        AuditEvent boite = single(events, "MailItemsAccessed", "2024-06-26T06:29:14Z");
        assertThat(boite.clientAddress()).isEqualTo(new ClientAddress("fe80::", "FE80::"));
        assertThat(boite.userType()).isEqualTo("Application");
        assertThat(boite.clientAppId()).isEqualTo("clientappidxxxx-xxx-xxx-xxxx");
        assertThat(boite.mailAccess().throttled()).isFalse();
        assertThat(boite.mailAccess().operationCount()).isEqualTo(2);
        assertThat(boite.mailAccess().items())
                .extracting(AccessedItem::folderPath, AccessedItem::internetMessageId, AccessedItem::sizeInBytes)
                .containsExactly(tuple("Boite de reception", "xxxxx@exemple.com", 127625L),
                        tuple("Boite de reception", "xxxx-xxx-xxx-xxxx@enterprise.net", 147360L));

        AuditEvent inbox = single(events, "MailItemsAccessed", "2025-10-27T07:09:33Z");
        assertThat(inbox.mailAccess().throttled()).as("IsThrottled absent").isNull();
        assertThat(inbox.mailAccess().accessType()).isEqualTo(MailAccessType.BIND);
        assertThat(inbox.sessionId()).as("AppAccessContext.AADSessionId fallback").isEqualTo("ANONYMIZED");
        assertThat(inbox.mailAccess().items())
                .extracting(AccessedItem::folderPath, AccessedItem::messageKey, AccessedItem::sizeInBytes)
                .containsExactly(tuple("\\Inbox", "abcdef@mail.example.com", 123456L));
    }

    @Test
    void sekoiaAddressAndSessionForms() throws Exception {
        List<AuditEvent> events = normalizeAll(PublicSamples.jsonLines("sekoia_o365_management_api_records.jsonl"));
        Map<Long, AuditEvent> byLine = events.stream()
                .collect(Collectors.toMap(event -> event.location().line(), Function.identity()));

        assertThat(byLine.get(60L).clientAddress()).isEqualTo(new ClientAddress("1.2.3.4", "::ffff:1.2.3.4"));
        assertThat(byLine.get(26L).clientAddress().normalized()).as("ClientIPAddress before ClientIP")
                .isEqualTo("2603:1026:c09:834::5");
        assertThat(byLine.get(65L).clientAddress().normalized()).as("ClientIP before ActorIpAddress")
                .isEqualTo("192.0.2.1");
        assertThat(byLine.get(69L).clientAddress()).as("not an address").isEqualTo(new ClientAddress(null, "<null>"));
        assertThat(events.stream().filter(event -> "1584fd84-0508-419e-b678-ac60c80000000000".equals(event.sessionId())))
                .as("DeviceProperties SessionId fallback").hasSize(1);
    }

    @Test
    void plasoRecords() throws Exception {
        List<AuditEvent> events = normalizeAll(PublicSamples.jsonLines("plaso_microsoft_audit_log.jsonl"));

        assertThat(events).extracting(AuditEvent::operation).containsExactly("Install-DefaultSharingPolicy",
                "Set-MailboxPlan", "Set-AdminAuditLogConfig", "UserLoggedIn");
        AuditEvent auditConfig = events.get(2);
        assertThat(auditConfig.recordId()).isEqualTo("cc0bb5b2-b540-4640-5e1c-08da3028fe4f");
        assertThat(auditConfig.creationTime()).isEqualTo(Instant.parse("2022-05-07T12:56:24Z"));
        assertThat(auditConfig.resultStatus()).isEqualTo("True");
        assertThat(auditConfig.userType()).isEqualTo("DCAdmin");
        assertThat(auditConfig.recordTypeName()).isEqualTo("ExchangeAdmin");
        assertThat(auditConfig.appId()).as("empty AppId reads as absent").isNull();
        assertThat(auditConfig.parameters()).containsEntry("AdminAuditLogEnabled", "True")
                .containsEntry("DomainController", "").hasSize(4);
        AuditEvent login = events.get(3);
        assertThat(login.recordTypeName()).isEqualTo("AzureActiveDirectoryStsLogon");
        assertThat(login.clientAddress()).isEqualTo(new ClientAddress("0.0.0.0", "0.0.0.0"));
        assertThat(login.userId()).isEqualTo("piet@sst5f.onmicrosoft.com");
    }

    @Test
    void huntressPurviewCsvAuditData() throws Exception {
        List<SourceRecord> records = new ArrayList<>();
        List<String> auditDataColumn = new ArrayList<>();
        String name = "huntress2023_rogue_inbox_purview.csv";
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .ofNamedCsvRecord(PublicSamples.file(name), StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : csv) {
                Map<String, String> envelope = new HashMap<>(row.getFieldsAsMap());
                String auditData = envelope.remove("AuditData");
                auditDataColumn.add(auditData);
                records.add(new SourceRecord(new SourceLocation(name, row.getStartingLineNumber(), -1),
                        "purview-csv", auditData, envelope, false));
            }
        }
        List<AuditEvent> events = normalizeAll(records);

        assertThat(events).hasSize(219);
        assertThat(events).extracting(AuditEvent::rawJson).containsExactlyElementsOf(auditDataColumn);
        assertThat(events).extracting(AuditEvent::format).containsOnly("purview-csv");
        assertThat(events).noneMatch(AuditEvent::degraded);
        assertThat(events.stream().filter(event -> event.operation().equals("New-InboxRule"))).hasSize(38);
        assertThat(events.stream().map(AuditEvent::recordType).distinct().sorted())
                .containsExactly(1, 4, 6, 8, 13, 14, 15, 36, 43, 56);
        List<AuditEvent> withPort = events.stream()
                .filter(event -> event.clientAddress().raw() != null && event.clientAddress().raw().contains(":"))
                .toList();
        assertThat(withPort).hasSize(38)
                .allSatisfy(event -> assertThat(event.clientAddress().normalized()).isEqualTo("185.73.124.135"));

        AuditEvent rule = events.stream()
                .filter(event -> event.recordId().equals("85d29e27-be28-4f2c-96c8-08dbbe33c473")).findFirst()
                .orElseThrow();
        assertThat(rule.creationTime()).isEqualTo(Instant.parse("2023-09-26T01:56:15Z"));
        assertThat(rule.clientAddress()).isEqualTo(new ClientAddress("185.73.124.135", "185.73.124.135:19823"));
        assertThat(rule.sessionId()).isEqualTo("9dfdecb6-59a0-4714-846e-86c0fc911104");
        assertThat(rule.parameters()).containsEntry("From", "flag@ctf.com")
                .containsEntry("MoveToFolder", "Conversation History");

        AuditEvent first = events.get(0);
        assertThat(first.recordId()).isEqualTo("538815b7-273a-4a3f-9957-c86897966eec");
        assertThat(first.location().line()).isEqualTo(2);
        assertThat(first.operation()).isEqualTo("Add service principal.");
        assertThat(first.userType()).isEqualTo("System");
        assertThat(first.clientAddress()).isEqualTo(ClientAddress.NONE);
        assertThat(first.modifiedProperties()).containsEntry("Included Updated Properties",
                "AccountEnabled, AppAddress, AppPrincipalId, DisplayName, ServicePrincipalName, Credential");
        assertThat(first.extendedProperties()).containsEntry("extendedAuditEventCategory", "ServicePrincipal");
    }

    @Test
    void defenderRawEventDataFlattenedByPowerShellIsDegraded() throws Exception {
        String name = "otrf_simuland_Microsoft365DefenderEvents.json";
        List<String> lines = PublicSamples.readLines(name);
        int index = indexOfLineContaining(lines, "\"ActionType\":\"MailItemsAccessed\"");
        String rawEventData = JSON.readTree(lines.get(index)).get("RawEventData").toString();

        AuditEvent event = normalizer.normalize(PublicSamples.record(name, index + 1, rawEventData));

        assertThat(event.recordId()).isEqualTo("699e0b10-1c53-403e-976f-ce0847a92b44");
        assertThat(event.creationTime()).isEqualTo(Instant.parse("2021-08-02T13:32:07Z"));
        assertThat(event.degraded()).isTrue();
        assertThat(event.operationProperties())
                .containsExactlyInAnyOrderEntriesOf(Map.of("MailAccessType", "Bind", "IsThrottled", "False"));
        assertThat(event.mailAccess().accessType()).isEqualTo(MailAccessType.BIND);
        assertThat(event.mailAccess().throttled()).isFalse();
        assertThat(event.mailAccess().operationCount()).isEqualTo(7);
        assertThat(event.mailAccess().items()).as("the message ids were lost by the flattening").isEmpty();
        assertThat(event.appId()).isEqualTo("00000003-0000-0000-c000-000000000000");
        assertThat(event.clientAppId()).isEqualTo("5a95e683-08ad-424e-a441-1d1aec52c02c");
    }

    @Test
    void sentinelOfficeActivityRowWithJsonStringFolders() throws Exception {
        String name = "otrf_simuland_OfficeActivityEvents.json";
        ObjectNode row = (ObjectNode) JSON.readTree(PublicSamples.readLines(name).get(0));
        // What the Sentinel reader reconstructs: AuditData names for the renamed columns.
        row.set("Id", row.get("OfficeId"));
        row.set("CreationTime", row.get("TimeGenerated"));
        row.set("Workload", row.get("OfficeWorkload"));
        row.set("ClientIPAddress", row.get("Client_IPAddress"));
        row.set("LogonType", row.get("Logon_Type"));

        AuditEvent event = normalizer.normalize(PublicSamples.record(name, 1, row.toString()));

        assertThat(event.recordId()).isEqualTo("699e0b10-1c53-403e-976f-ce0847a92b44");
        assertThat(event.creationTime()).isEqualTo(Instant.parse("2021-08-02T13:32:07Z"));
        assertThat(event.recordType()).as("RecordType \"50\" as a string").isEqualTo(50);
        assertThat(event.userType()).isEqualTo("Regular");
        assertThat(event.logonType()).isEqualTo("Owner");
        assertThat(event.degraded()).isFalse();
        assertThat(event.mailAccess().accessType()).isEqualTo(MailAccessType.BIND);
        assertThat(event.mailAccess().throttled()).isFalse();
        assertThat(event.mailAccess().items()).hasSize(7).allSatisfy(item -> {
            assertThat(item.folderPath()).isEqualTo("\\Inbox");
            assertThat(item.folderId()).isEqualTo("LgAAAAAM7KyTTmWeRac2KXBEz/7aAQARGHK+grzLTpRJraC1QR6kAAAAAAEMAAAB");
        });
        assertThat(event.mailAccess().items().get(1).messageKey())
                .isEqualTo("ab1cd23ef4567dac24353b8ad047ddeb0b1eb9@ab1cd23ef4567.abcdef12.prod.outlook.com");
    }

    private static int indexOfLineContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line contains " + text);
    }

}
