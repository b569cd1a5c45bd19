package io.osprey.normalize;

import io.osprey.model.AuditEvent;
import io.osprey.model.ClientAddress;
import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.osprey.normalize.Records.LOCATION;
import static io.osprey.normalize.Records.minimal;
import static org.assertj.core.api.Assertions.assertThat;

class NormalizerFieldsTest {
    private final Normalizer normalizer = new Normalizer();

    @Test
    void commonFieldsAndProvenance() throws Exception {
        SourceRecord record = Records.auditData("{'Id':'5f2e','CreationTime':'2023-09-15T18:16:53',"
                + "'Operation':'Set-Mailbox','Workload':'Exchange','RecordType':'ExchangeAdmin','ResultStatus':'True',"
                + "'ObjectId':'user@example.com','OrganizationId':'org-1','UserId':'admin@example.com','UserType':2,"
                + "'ClientInfoString':'Client=WebServices','MailboxOwnerUPN':'owner@example.com',"
                + "'MailboxGuid':'guid-1','LogonType':'Delegate','Empty':'','Nothing':null,'NoList':[],'NoObject':{}}");

        AuditEvent event = normalizer.normalize(record);

        assertThat(event.key().asText()).isEqualTo("5f2e|2023-09-15T18:16:53Z|Set-Mailbox");
        assertThat(event.workload()).isEqualTo("Exchange");
        assertThat(event.recordType()).isEqualTo(1);
        assertThat(event.recordTypeName()).isEqualTo("ExchangeAdmin");
        assertThat(event.resultStatus()).isEqualTo("True");
        assertThat(event.objectId()).isEqualTo("user@example.com");
        assertThat(event.organizationId()).isEqualTo("org-1");
        assertThat(event.userId()).isEqualTo("admin@example.com");
        assertThat(event.userType()).isEqualTo("Admin");
        assertThat(event.logonType()).isEqualTo("Delegated");
        assertThat(event.clientInfoString()).isEqualTo("Client=WebServices");
        assertThat(event.mailboxOwnerUpn()).isEqualTo("owner@example.com");
        assertThat(event.mailboxGuid()).isEqualTo("guid-1");
        assertThat(event.mailAccess()).isNull();
        assertThat(event.rawJson()).isEqualTo(record.auditDataJson());
        assertThat(event.format()).isEqualTo("unit");
        assertThat(event.location()).isEqualTo(LOCATION);
        assertThat(event.degraded()).isFalse();
        assertThat(event.fieldCount()).as("empty string, null, [] and {} do not count").isEqualTo(14);
    }

    @Test
    void auditDataWinsOverTheEnvelope() throws Exception {
        AuditEvent event = normalizer.normalize(Records.withEnvelope(
                "{'Id':'from-audit','CreationTime':'2023-09-20T04:05:03','Operation':'New-InboxRule',"
                        + "'RecordType':1,'UserId':'audit@example.com'}",
                Map.of("RecordId", "from-wrapper", "CreationDate", "9/21/2023 4:05:03 AM", "Operation", "Other",
                        "RecordType", "8", "UserId", "wrapper@example.com")));

        assertThat(event.key().asText()).isEqualTo("from-audit|2023-09-20T04:05:03Z|New-InboxRule");
        assertThat(event.recordType()).isEqualTo(1);
        assertThat(event.userId()).isEqualTo("audit@example.com");
    }

    @Test
    void envelopeFillsWhatAuditDataLacks() throws Exception {
        AuditEvent purview = normalizer.normalize(Records.withEnvelope("{'Workload':'Exchange'}",
                Map.of("RecordId", " rid ", "CreationDate", "9/20/2023 4:05:03 PM", "Operation", "Set-Mailbox",
                        "RecordType", "1", "UserId", "someone@example.com")));
        assertThat(purview.key().asText()).isEqualTo("rid|2023-09-20T16:05:03Z|Set-Mailbox");
        assertThat(purview.recordTypeName()).isEqualTo("ExchangeAdmin");
        assertThat(purview.userId()).isEqualTo("someone@example.com");

        AuditEvent powerShell = normalizer.normalize(Records.withEnvelope("{}",
                Map.of("Identity", "ident", "CreationDate", "2023-09-20T04:05:03.0000000Z", "Operations",
                        "MailItemsAccessed", "UserIds", "a@example.com")));
        assertThat(powerShell.key().asText()).isEqualTo("ident|2023-09-20T04:05:03Z|MailItemsAccessed");
        assertThat(powerShell.userId()).isEqualTo("a@example.com");
        assertThat(powerShell.mailAccess()).isNotNull();

        AuditEvent graph = normalizer.normalize(Records.withEnvelope("{'Workload':'Exchange'}",
                Map.of("id", "gid", "createdDateTime", "2023-09-20T04:05:03Z", "operation", "mailItemsAccessed",
                        "auditLogRecordType", "exchangeItemAggregated")));
        assertThat(graph.recordId()).isEqualTo("gid");
        assertThat(graph.creationTime()).isEqualTo(Instant.parse("2023-09-20T04:05:03Z"));
        assertThat(graph.recordType()).isEqualTo(50);
        assertThat(graph.mailAccess()).as("Graph's camelCase operation name").isNotNull();
    }

    @Test
    void unreadableAuditDataTimeFallsBackToTheWrapper() throws Exception {
        AuditEvent event = normalizer.normalize(Records.withEnvelope(
                "{'Id':'a','CreationTime':'garbled','Operation':'Op'}", Map.of("CreationDate", "1/2/2024 1:02:03 AM")));
        assertThat(event.creationTime()).isEqualTo(Instant.parse("2024-01-02T01:02:03Z"));
    }

    @Test
    void clientAddressPrefersClientIpAddressThenClientIpThenActorIpAddress() throws Exception {
        assertThat(normalizer.normalize(minimal("'ClientIPAddress':'[2001:DB8::7]:443','ClientIP':'192.0.2.9'"))
                .clientAddress()).isEqualTo(new ClientAddress("2001:db8::7", "[2001:DB8::7]:443"));
        assertThat(normalizer.normalize(minimal("'ClientIPAddress':'','ClientIP':'192.0.2.9:5000'"))
                .clientAddress()).isEqualTo(new ClientAddress("192.0.2.9", "192.0.2.9:5000"));
        assertThat(normalizer.normalize(minimal("'ClientIP':null,'ActorIpAddress':'198.51.100.1'"))
                .clientAddress()).isEqualTo(new ClientAddress("198.51.100.1", "198.51.100.1"));
        assertThat(normalizer.normalize(minimal("'ClientIP':''")).clientAddress()).isSameAs(ClientAddress.NONE);
    }

    @Test
    void sessionIdFallsBackToTokenSessionThenDeviceProperties() throws Exception {
        assertThat(normalizer.normalize(minimal("'SessionId':'s1','AppAccessContext':{'AADSessionId':'s2'}"))
                .sessionId()).isEqualTo("s1");
        assertThat(normalizer.normalize(minimal("'SessionId':'','AppAccessContext':{'AADSessionId':'s2'},"
                + "'DeviceProperties':[{'Name':'SessionId','Value':'s3'}]")).sessionId()).isEqualTo("s2");
        assertThat(normalizer.normalize(minimal("'AppAccessContext':{},"
                + "'DeviceProperties':[{'Name':'OS','Value':'Windows'},{'Name':'SessionId','Value':'s3'}]"))
                .sessionId()).isEqualTo("s3");
        assertThat(normalizer.normalize(minimal("'DeviceProperties':'[{\\'Name\\':\\'SessionId\\',\\'Value\\':\\'s4\\'}]'"))
                .sessionId()).isEqualTo("s4");
        assertThat(normalizer.normalize(minimal("")).sessionId()).isNull();
    }

    @Test
    void appIdsKeepTheirSpellingAndFallBackToTheTokenContext() throws Exception {
        AuditEvent direct = normalizer.normalize(minimal("'AppId':'00000003-0000-0000-C000-000000000000',"
                + "'ClientAppId':'5a95e683','AppAccessContext':{'APIId':'api','ClientAppId':'ctx'}"));
        assertThat(direct.appId()).isEqualTo("00000003-0000-0000-C000-000000000000");
        assertThat(direct.clientAppId()).isEqualTo("5a95e683");

        AuditEvent fallback = normalizer.normalize(minimal("'AppId':'','AppAccessContext':{'APIId':'3CF2EC34',"
                + "'ClientAppId':'3a278062'}"));
        assertThat(fallback.appId()).isEqualTo("3CF2EC34");
        assertThat(fallback.clientAppId()).isEqualTo("3a278062");
    }

    @Test
    void stringTypedValuesAreRead() throws Exception {
        AuditEvent event = normalizer.normalize(minimal("'RecordType':'15','UserType':'10','LogonType':'2'"));
        assertThat(event.recordTypeName()).isEqualTo("AzureActiveDirectoryStsLogon");
        assertThat(event.userType()).isEqualTo("Guest");
        assertThat(event.logonType()).isEqualTo("Delegated");
    }

    @Test
    void readerDegradationIsCarriedOver() throws Exception {
        SourceRecord record = new SourceRecord(LOCATION, "unit", Records.json(
                "{'Id':'a','CreationTime':'2024-01-02T03:04:05','Operation':'Op'}"), Map.of(), true);
        assertThat(normalizer.normalize(record).degraded()).isTrue();
    }

    @Test
    void powerShellArtefactsInAnyTopLevelFieldMarkTheRecordDegraded() throws Exception {
        assertThat(normalizer.normalize(minimal("'AffectedItems':['@{Id=abc; Subject=Hello}']")).degraded())
                .isTrue();
        assertThat(normalizer.normalize(minimal("'Item':'@{Id=abc; ParentFolder=System.Object[]}'")).degraded())
                .isTrue();
        assertThat(normalizer.normalize(minimal("'Actor':'System.Object[]'")).degraded()).isTrue();
        assertThat(normalizer.normalize(minimal("'Subject':'Meeting @{room} notes'")).degraded())
                .as("an ordinary text that merely contains @{").isFalse();
    }
}
