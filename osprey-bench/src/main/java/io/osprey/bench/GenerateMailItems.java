package io.osprey.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes N realistic MailItemsAccessed records twice: as a Purview portal CSV export (8 columns, AuditData
 * quoted with doubled quotes, US dates, CRLF) and as bare AuditData JSON lines. Deterministic for a seed.
 * Usage: GenerateMailItems RECORDS OUTDIR [SEED]
 */
public final class GenerateMailItems {
    private static final DateTimeFormatter US_DATE =
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter AUDIT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final String[] FOLDERS = {"\\Inbox", "\\Sent Items", "\\Archive", "\\Inbox\\Finance", "\\Boîte de réception"};
    private static final String[] CLIENTS = {"Client=OWA;Action=ViaProxy", "Client=MSExchangeRPC", "Client=REST;Client=RESTSystem;;"};

    private final SplittableRandom random;
    private final JsonFactory json = new JsonFactory();
    private final int mailboxes;

    private GenerateMailItems(long seed, int mailboxes) {
        this.random = new SplittableRandom(seed);
        this.mailboxes = mailboxes;
    }

    public static void main(String[] args) throws IOException {
        long records = Long.parseLong(args[0]);
        Path outDir = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
        Files.createDirectories(outDir);
        new GenerateMailItems(seed, 2000).write(records, outDir.resolve("mailitems-purview.csv"),
                outDir.resolve("mailitems.jsonl"));
    }

    private void write(long records, Path csvPath, Path jsonLinesPath) throws IOException {
        Instant start = Instant.parse("2026-03-02T00:00:00Z");
        try (Writer csv = new BufferedWriter(Files.newBufferedWriter(csvPath, StandardCharsets.UTF_8), 1 << 20);
             Writer jsonLines = new BufferedWriter(Files.newBufferedWriter(jsonLinesPath, StandardCharsets.UTF_8), 1 << 20)) {
            csv.write("RecordId,CreationDate,RecordType,Operation,UserId,AuditData,AssociatedAdminUnits,AssociatedAdminUnitsNames\r\n");
            for (long i = 0; i < records; i++) {
                Instant time = start.plusSeconds(i * 3 + random.nextInt(3));
                String id = uuid().toString();
                String mailbox = "user" + random.nextInt(mailboxes) + "@contoso.onmicrosoft.com";
                String auditData = auditData(id, time, mailbox);
                csv.write(id + "," + US_DATE.format(time) + ",50,MailItemsAccessed," + mailbox + ",\""
                        + auditData.replace("\"", "\"\"") + "\",,\r\n");
                jsonLines.write(auditData);
                jsonLines.write('\n');
            }
        }
    }

    private String auditData(String id, Instant time, String mailbox) throws IOException {
        StringWriter text = new StringWriter(1800);
        try (JsonGenerator out = json.createGenerator(text)) {
            out.writeStartObject();
            out.writeStringField("CreationTime", AUDIT_TIME.format(time));
            out.writeStringField("Id", id);
            out.writeStringField("Operation", "MailItemsAccessed");
            out.writeStringField("OrganizationId", "4a8f1c2e-0d3b-4e5f-9a6b-7c8d9e0f1a2b");
            out.writeNumberField("RecordType", 50);
            out.writeStringField("ResultStatus", "Succeeded");
            out.writeStringField("UserKey", "10032001" + Long.toHexString(random.nextLong()).toUpperCase(Locale.ROOT));
            out.writeNumberField("UserType", 0);
            out.writeNumberField("Version", 1);
            out.writeStringField("Workload", "Exchange");
            out.writeStringField("UserId", mailbox);
            out.writeStringField("AppId", "00000002-0000-0ff1-ce00-000000000000");
            out.writeStringField("ClientAppId", "");
            out.writeStringField("ClientIPAddress", "203.0." + random.nextInt(256) + "." + random.nextInt(256)
                    + (random.nextInt(5) == 0 ? ":" + (1024 + random.nextInt(60000)) : ""));
            out.writeStringField("ClientInfoString", CLIENTS[random.nextInt(CLIENTS.length)]);
            out.writeNumberField("ExternalAccess", 0);
            out.writeNumberField("InternalLogonType", 0);
            out.writeNumberField("LogonType", 0);
            out.writeStringField("LogonUserSid", "S-1-5-21-1825954961-3338807533-2873504967-" + random.nextInt(100000));
            out.writeStringField("MailboxGuid", uuid().toString());
            out.writeStringField("MailboxOwnerSid", "S-1-5-21-1825954961-3338807533-2873504967-" + random.nextInt(100000));
            out.writeStringField("MailboxOwnerUPN", mailbox);
            out.writeArrayFieldStart("OperationProperties");
            nameValue(out, "MailAccessType", "Bind");
            nameValue(out, "IsThrottled", "False");
            out.writeEndArray();
            out.writeStringField("OrganizationName", "contoso.onmicrosoft.com");
            out.writeStringField("OriginatingServer", "DM6PR01MB1234 (15.20.7452.000)\r\n");
            out.writeStringField("SessionId", uuid().toString());
            int items = 1 + random.nextInt(3);
            out.writeNumberField("OperationCount", items);
            out.writeArrayFieldStart("Folders");
            out.writeStartObject();
            out.writeArrayFieldStart("FolderItems");
            for (int item = 0; item < items; item++) {
                out.writeStartObject();
                out.writeStringField("InternetMessageId", "<" + Long.toHexString(random.nextLong()).toUpperCase(Locale.ROOT)
                        + "@DM6PR01MB1234.namprd01.prod.outlook.com>");
                out.writeNumberField("SizeInBytes", 2000 + random.nextInt(90000));
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeStringField("Id", "LgAAAAAM7KyTTmWeRac2KXBEz/7aAQARGHK+grzLTpRJraC1QR6kAAAAAAEMAAAB");
            out.writeStringField("Path", FOLDERS[random.nextInt(FOLDERS.length)]);
            out.writeEndObject();
            out.writeEndArray();
            out.writeEndObject();
        }
        return text.toString();
    }

    private static void nameValue(JsonGenerator out, String name, String value) throws IOException {
        out.writeStartObject();
        out.writeStringField("Name", name);
        out.writeStringField("Value", value);
        out.writeEndObject();
    }

    private UUID uuid() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }
}
