package io.osprey.collect.testserver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small synthetic tenant, the same every time for the same {@code now}: Graph audit log records over three
 * days, Management Activity API content blobs over the last nine days (two of them older than the API's reach,
 * one record published in two blobs), directory objects and sign-ins.
 */
public final class TenantData {
    public static final String TENANT = "11111111-2222-3333-4444-555555555555";
    public static final Instant AUDIT_FROM = Instant.parse("2024-03-01T00:00:00Z");
    public static final Instant AUDIT_TO = Instant.parse("2024-03-04T00:00:00Z");
    public static final List<String> USERS = List.of("alice@contoso.com", "bob@contoso.com", "carol@contoso.com");
    private static final String[][] OPERATIONS = {
        {"MailItemsAccessed", "exchangeItemAggregated", "Exchange"},
        {"FileAccessed", "sharePointFileOperation", "SharePoint"},
        {"UserLoggedIn", "azureActiveDirectoryStsLogon", "AzureActiveDirectory"},
    };

    /** A Graph audit log record. */
    public record AuditRecord(Instant created, String operation, String recordType, String user, String json) {
    }

    /** A Management Activity API content blob. */
    public record Blob(String contentType, String contentId, Instant created, byte[] body, int records) {
    }

    private final List<AuditRecord> auditRecords = new ArrayList<>();
    private final Map<String, List<Blob>> blobs = new LinkedHashMap<>();
    private final List<String> signIns = new ArrayList<>();
    private final Instant now;

    private TenantData(Instant now) {
        this.now = now;
    }

    /** The standard tenant; {@code now} anchors the activity blobs (the API's 7-day reach is relative to now). */
    public static TenantData standard(Instant now) {
        TenantData data = new TenantData(now.truncatedTo(ChronoUnit.SECONDS));
        data.makeAuditRecords(Duration.ofMinutes(30));
        data.makeBlobs("Audit.Exchange", 0);
        data.makeBlobs("Audit.General", 1);
        data.makeSignIns();
        return data;
    }

    public Instant now() {
        return now;
    }

    public List<AuditRecord> auditRecords() {
        return auditRecords;
    }

    public Map<String, List<Blob>> blobs() {
        return blobs;
    }

    public List<String> signIns() {
        return signIns;
    }

    /** Blobs the API can still list at {@code now} (published within the last 7 days). */
    public List<Blob> reachableBlobs(String contentType) {
        return blobs.get(contentType).stream().filter(blob -> blob.created().isAfter(now.minus(Duration.ofDays(7))))
                .toList();
    }

    private void makeAuditRecords(Duration step) {
        int index = 0;
        for (Instant time = AUDIT_FROM.plusSeconds(17); time.isBefore(AUDIT_TO); time = time.plus(step)) {
            String[] operation = OPERATIONS[index % OPERATIONS.length];
            String user = USERS.get(index % USERS.size());
            String id = uuid("audit-" + index);
            String created = time.toString();
            String noZ = LocalDateTime.ofInstant(time, ZoneOffset.UTC).toString();
            String json = "{\"@odata.type\":\"#microsoft.graph.security.auditLogRecord\",\"id\":\"" + id
                    + "\",\"createdDateTime\":\"" + created + "\",\"auditLogRecordType\":\"" + operation[1]
                    + "\",\"operation\":\"" + operation[0] + "\",\"organizationId\":\"" + TENANT
                    + "\",\"userType\":\"regular\",\"userId\":\"" + user + "\",\"service\":\"" + operation[2]
                    + "\",\"objectId\":\"\",\"userPrincipalName\":\"" + user + "\",\"clientIp\":\"203.0.113."
                    + (index % 200) + "\",\"administrativeUnits\":[],\"auditData\":{\"@odata.type\":"
                    + "\"#microsoft.graph.security.defaultAuditData\",\"CreationTime\":\"" + noZ + "\",\"Id\":\"" + id
                    + "\",\"Operation\":\"" + operation[0] + "\",\"OrganizationId\":\"" + TENANT
                    + "\",\"UserId\":\"" + user + "\",\"Workload\":\"" + operation[2] + "\"}}";
            auditRecords.add(new AuditRecord(time, operation[0], operation[1], user, json));
            index++;
        }
    }

    private void makeBlobs(String contentType, int salt) {
        List<Blob> list = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        times.add(now.minus(Duration.ofDays(9)).plus(Duration.ofHours(salt)));
        times.add(now.minus(Duration.ofDays(8)).plus(Duration.ofHours(salt)));
        for (Instant time = now.minus(Duration.ofDays(6)).minus(Duration.ofHours(20)).plus(Duration.ofMinutes(7 * salt));
             time.isBefore(now.minus(Duration.ofHours(1))); time = time.plus(Duration.ofHours(9))) {
            times.add(time);
        }
        String shared = auditData(contentType, "shared-record", times.get(2));
        for (int index = 0; index < times.size(); index++) {
            Instant created = times.get(index);
            List<String> records = new ArrayList<>();
            for (int item = 0; item < 3; item++) {
                records.add(auditData(contentType, contentType + "-" + index + "-" + item, created.minusSeconds(60L * item)));
            }
            if ("Audit.Exchange".equals(contentType) && (index == 2 || index == 3)) {
                records.add(shared);
            }
            String body = "[" + String.join(",", records) + "]";
            String contentId = created.toEpochMilli() + "$" + created.toEpochMilli() + "$audit_" + contentType.toLowerCase()
                    .replace('.', '_') + "$" + uuid(contentType + index).replace("-", "") + "$emea0026";
            list.add(new Blob(contentType, contentId, created, body.getBytes(StandardCharsets.UTF_8), records.size()));
        }
        blobs.put(contentType, list);
    }

    private static String auditData(String contentType, String seed, Instant time) {
        String operation = "Audit.Exchange".equals(contentType) ? "MailItemsAccessed" : "FileAccessed";
        return "{\"CreationTime\":\"" + LocalDateTime.ofInstant(time, ZoneOffset.UTC) + "\",\"Id\":\"" + uuid(seed)
                + "\",\"Operation\":\"" + operation + "\",\"OrganizationId\":\"" + TENANT + "\",\"RecordType\":"
                + ("Audit.Exchange".equals(contentType) ? 50 : 6) + ",\"UserKey\":\"10032000A1B2C3D4\",\"UserType\":0,"
                + "\"Workload\":\"" + ("Audit.Exchange".equals(contentType) ? "Exchange" : "SharePoint")
                + "\",\"UserId\":\"alice@contoso.com\",\"ClientIPAddress\":\"198.51.100.7\"}";
    }

    private void makeSignIns() {
        int index = 0;
        for (Instant time = AUDIT_FROM.plus(Duration.ofMinutes(45)); time.isBefore(AUDIT_TO);
             time = time.plus(Duration.ofHours(5))) {
            String user = USERS.get(index % USERS.size());
            signIns.add("{\"id\":\"" + uuid("signin-" + index) + "\",\"createdDateTime\":\"" + time
                    + "\",\"userPrincipalName\":\"" + user + "\",\"appDisplayName\":\"Office 365 Exchange Online\","
                    + "\"ipAddress\":\"203.0.113.9\",\"status\":{\"errorCode\":0}}");
            index++;
        }
    }

    static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
