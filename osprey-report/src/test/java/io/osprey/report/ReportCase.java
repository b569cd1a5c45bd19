package io.osprey.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.analysis.Investigation;
import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.Ioc;
import io.osprey.analysis.Mailboxes;
import io.osprey.model.AuditEvent;
import io.osprey.model.SourceLocation;
import io.osprey.model.SourceRecord;
import io.osprey.normalize.NormalizationException;
import io.osprey.normalize.Normalizer;
import io.osprey.report.messagetrace.MessageTraceRead;
import io.osprey.report.messagetrace.MessageTraceReader;
import io.osprey.rules.Hunt;
import io.osprey.rules.HuntException;
import io.osprey.rules.HuntRequest;
import io.osprey.rules.HuntResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small business-email-compromise case built through the real normalizer, playbook and hunt, with hostile
 * strings where an attacker controls the text: client strings, folder names, inbox rule names, message ids and
 * (in the message trace sample) subjects.
 * <ul>
 *   <li>victim@contoso.com: the user's own access, then the attacker (IOC ip:203.0.113.66) binds m2 and m3 (m3 in a
 *       hostile folder), syncs the Inbox while throttled and the hostile folder; the user later reads m4;</li>
 *   <li>cfo@contoso.com: the attacker syncs Sent Items (the owner also reads the Inbox);</li>
 *   <li>quiet@contoso.com: only its owner, who also syncs the Inbox.</li>
 * </ul>
 */
public final class ReportCase {
    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String ATTRIBUTE_BREAKER = "\"><img src=x onerror=alert(1)>";
    public static final String HOSTILE_CLIENT = "Client=REST;" + SCRIPT + " Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
            + " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 'quoted' " + ATTRIBUTE_BREAKER;
    public static final String HOSTILE_FOLDER = "\\Inbox" + ATTRIBUTE_BREAKER + "'x " + SCRIPT;
    public static final String HOSTILE_RULE = SCRIPT + "'rule'" + ATTRIBUTE_BREAKER;
    public static final String FORMULA_MESSAGE_ID = "=HYPERLINK(\"http://evil.example\")@x";
    public static final String ATTACKER_IP = "203.0.113.66";
    public static final Path TRACE_SAMPLES = Path.of("src/test/resources/messagetrace");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Normalizer NORMALIZER = new Normalizer();

    private ReportCase() {
    }

    public static List<AuditEvent> events() {
        List<AuditEvent> events = new ArrayList<>();
        String victim = "victim@contoso.com";
        for (int day = 1; day <= 3; day++) {
            events.add(mail("v-user-" + day, "2025-02-0" + day + "T09:00:00Z", victim, "198.51.100.7", "s-user",
                    "Client=OWA;Action=ViaProxy", "Bind", false, "\\Inbox", "<m1@partner.example>"));
        }
        events.add(mail("v-att-1", "2025-02-05T08:10:00Z", victim, ATTACKER_IP, "s-att", HOSTILE_CLIENT, "Bind", false,
                "\\Inbox", "<m2@partner.example>", FORMULA_MESSAGE_ID));
        events.add(mail("v-att-2", "2025-02-05T08:11:00Z", victim, ATTACKER_IP, "s-att", HOSTILE_CLIENT, "Bind", false,
                HOSTILE_FOLDER, "<m3@partner.example>"));
        events.add(mail("v-att-3", "2025-02-05T08:12:00Z", victim, ATTACKER_IP, "s-att", HOSTILE_CLIENT, "Sync", true,
                "\\Inbox"));
        events.add(mail("v-att-4", "2025-02-05T08:13:00Z", victim, ATTACKER_IP, "s-att", HOSTILE_CLIENT, "Sync", false,
                HOSTILE_FOLDER));
        events.add(mail("v-user-4", "2025-02-05T09:00:00Z", victim, "198.51.100.7", "s-user",
                "Client=OWA;Action=ViaProxy", "Bind", false, "\\Inbox", "<m4@contoso.com>"));
        String cfo = "cfo@contoso.com";
        for (int day = 1; day <= 3; day++) {
            events.add(mail("c-user-" + day, "2025-02-0" + day + "T10:00:00Z", cfo, "198.51.100.8", "s-cfo",
                    "Client=MSExchangeRPC", "Bind", false, "\\Sent Items", "<s0-" + day + "@contoso.com>"));
            events.add(mail("c-inbox-" + day, "2025-02-0" + day + "T10:30:00Z", cfo, "198.51.100.8", "s-cfo",
                    "Client=MSExchangeRPC", "Bind", false, "\\Inbox", "<c-in-" + day + "@contoso.com>"));
        }
        events.add(mail("c-att-1", "2025-02-05T10:00:00Z", cfo, ATTACKER_IP, "s-att2", HOSTILE_CLIENT, "Sync", false,
                "\\Sent Items"));
        for (int day = 1; day <= 5; day++) {
            events.add(mail("q-user-" + day, "2025-02-0" + day + "T11:00:00Z", "quiet@contoso.com", "198.51.100.9",
                    "s-quiet", "Client=OWA", "Bind", false, "\\Inbox", "<q" + day + "@contoso.com>"));
        }
        events.add(mail("q-sync", "2025-02-02T12:00:00Z", "quiet@contoso.com", "198.51.100.9", "s-quiet",
                "Client=MSExchangeRPC", "Sync", false, "\\Inbox"));
        events.add(inboxRule());
        return events;
    }

    public static InvestigationResult investigation(List<AuditEvent> events) {
        Map<String, List<AuditEvent>> byMailbox = new LinkedHashMap<>();
        for (AuditEvent event : events) {
            if (event.isMailItemsAccessed()) {
                byMailbox.computeIfAbsent(Mailboxes.keyOf(event), key -> new ArrayList<>()).add(event);
            }
        }
        InvestigationRequest request = InvestigationRequest.builder().ioc(Ioc.parse("ip:" + ATTACKER_IP))
                .acquiredAt(Instant.parse("2025-02-07T00:00:00Z")).build();
        return Investigation.run(request, new ArrayList<>(byMailbox.values()));
    }

    public static HuntResult hunt(List<AuditEvent> events) {
        try {
            return Hunt.run(HuntRequest.defaults(), events);
        } catch (HuntException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MessageTraceRead trace() {
        try {
            return MessageTraceReader.readAll(List.of(TRACE_SAMPLES.resolve("get-messagetrace.csv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ManifestFile> manifest() {
        return List.of(new ManifestFile("evidence/ual-" + SCRIPT + ".json",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "management-activity-json",
                        20, 18, 1, 1, 0),
                new ManifestFile("evidence/export.csv", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                        "purview-csv", 4, 4, 0, 0, 1));
    }

    private static ReportInput shared;

    /** One input for every test that only reads it (building it runs the playbook and the hunt). */
    public static synchronized ReportInput shared() {
        if (shared == null) {
            shared = input();
        }
        return shared;
    }

    public static ReportInput input() {
        List<AuditEvent> events = events();
        return new ReportInput("Contoso " + SCRIPT, Instant.parse("2025-02-07T12:00:00Z"), investigation(events),
                hunt(events), manifest(), trace().rows(), events);
    }

    static AuditEvent mail(String id, String time, String mailbox, String ip, String session, String client,
                           String accessType, boolean throttled, String folder, String... messageIds) {
        ObjectNode record = common(id, time, "MailItemsAccessed", mailbox, ip);
        record.put("RecordType", 50).put("MailboxOwnerUPN", mailbox).put("ClientIPAddress", ip)
                .put("ClientInfoString", client).put("SessionId", session).put("LogonType", 0)
                .put("OperationCount", Math.max(1, messageIds.length));
        ArrayNode properties = record.putArray("OperationProperties");
        properties.addObject().put("Name", "MailAccessType").put("Value", accessType);
        properties.addObject().put("Name", "IsThrottled").put("Value", throttled ? "True" : "False");
        ObjectNode folderNode = record.putArray("Folders").addObject().put("Id", "LgAAAA" + folder.hashCode())
                .put("Path", folder);
        if (messageIds.length > 0) {
            ArrayNode items = folderNode.putArray("FolderItems");
            for (String messageId : messageIds) {
                items.addObject().put("InternetMessageId", messageId).put("SizeInBytes", 4096);
            }
        }
        return normalize(record);
    }

    private static AuditEvent inboxRule() {
        ObjectNode record = common("rule-1", "2025-02-05T08:20:00Z", "New-InboxRule", "victim@contoso.com",
                ATTACKER_IP + ":50123");
        record.put("RecordType", 1).put("ClientIP", ATTACKER_IP + ":50123").put("SessionId", "s-att")
                .put("ObjectId", "victim@contoso.com\\" + HOSTILE_RULE);
        ArrayNode parameters = record.putArray("Parameters");
        parameters.addObject().put("Name", "Name").put("Value", HOSTILE_RULE);
        parameters.addObject().put("Name", "ForwardTo").put("Value", "drop@protonmail.example");
        parameters.addObject().put("Name", "SubjectOrBodyContainsWords").put("Value", "invoice;payment");
        return normalize(record);
    }

    private static ObjectNode common(String id, String time, String operation, String user, String ip) {
        ObjectNode record = JSON.createObjectNode();
        record.put("CreationTime", time.replace("Z", "")).put("Id", id).put("Operation", operation)
                .put("OrganizationId", "b7f1c0de-1111-4a2b-8c3d-2e4f6a8b0c1d").put("ResultStatus", "Succeeded")
                .put("UserId", user).put("UserType", 0).put("Workload", "Exchange")
                .put("UserKey", "10032001C55D1E22");
        return record;
    }

    private static AuditEvent normalize(ObjectNode record) {
        try {
            return NORMALIZER.normalize(new SourceRecord(new SourceLocation("case.json", 1, 0), "test-json",
                    record.toPrettyString(), Map.of(), false));
        } catch (NormalizationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
