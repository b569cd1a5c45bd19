package io.osprey.store.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.osprey.model.AccessedItem;
import io.osprey.model.AuditEvent;
import io.osprey.model.ClientAddress;
import io.osprey.model.MailAccess;
import io.osprey.model.MailAccessType;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a normalized {@link AuditEvent} into a {@link StagedEvent}: its {@code events} row and its
 * {@code accessed_items} rows as staging-file bytes ({@link StageRow}), and its raw AuditData as UTF-8. The
 * column lists here and the column types DuckDB reads the staging files with ({@link #EVENT_COLUMNS},
 * {@link #ITEM_COLUMNS}) come from one definition. Name/value maps are stored as JSON object text with sorted
 * keys (NULL when empty).
 */
final class EventStaging {
    private static final JsonFactory JSON = new JsonFactory();

    private record Column(String name, String type, Function<AuditEvent, Object> value) {
    }

    private record ItemColumn(String name, String type, Function<AccessedItem, Object> value) {
    }

    private static final List<Column> FIELDS = List.of(
            new Column("record_id", "VARCHAR", AuditEvent::recordId),
            new Column("creation_micros", "BIGINT", event -> epochMicros(event.creationTime())),
            new Column("operation", "VARCHAR", AuditEvent::operation),
            new Column("workload", "VARCHAR", AuditEvent::workload),
            new Column("record_type", "INTEGER", AuditEvent::recordType),
            new Column("record_type_name", "VARCHAR", AuditEvent::recordTypeName),
            new Column("result_status", "VARCHAR", AuditEvent::resultStatus),
            new Column("user_id", "VARCHAR", AuditEvent::userId),
            new Column("user_type", "VARCHAR", AuditEvent::userType),
            new Column("client_ip", "VARCHAR", event -> address(event).normalized()),
            new Column("client_ip_raw", "VARCHAR", event -> address(event).raw()),
            new Column("session_id", "VARCHAR", AuditEvent::sessionId),
            new Column("app_id", "VARCHAR", AuditEvent::appId),
            new Column("client_app_id", "VARCHAR", AuditEvent::clientAppId),
            new Column("client_info_string", "VARCHAR", AuditEvent::clientInfoString),
            new Column("logon_type", "VARCHAR", AuditEvent::logonType),
            new Column("mailbox_owner_upn", "VARCHAR", AuditEvent::mailboxOwnerUpn),
            new Column("mailbox_guid", "VARCHAR", AuditEvent::mailboxGuid),
            new Column("organization_id", "VARCHAR", AuditEvent::organizationId),
            new Column("object_id", "VARCHAR", AuditEvent::objectId),
            new Column("operation_properties", "VARCHAR", event -> mapJson(event.operationProperties())),
            new Column("parameters", "VARCHAR", event -> mapJson(event.parameters())),
            new Column("modified_properties", "VARCHAR", event -> mapJson(event.modifiedProperties())),
            new Column("extended_properties", "VARCHAR", event -> mapJson(event.extendedProperties())),
            new Column("mail_access_type", "VARCHAR", event -> mailAccess(event, access -> accessTypeName(access.accessType()))),
            new Column("is_throttled", "BOOLEAN", event -> mailAccess(event, MailAccess::throttled)),
            new Column("operation_count", "INTEGER", event -> mailAccess(event, MailAccess::operationCount)),
            new Column("item_count", "INTEGER", event -> mailAccess(event, access -> access.items().size())),
            new Column("degraded", "BOOLEAN", AuditEvent::degraded),
            new Column("field_count", "INTEGER", AuditEvent::fieldCount),
            new Column("format", "VARCHAR", AuditEvent::format),
            new Column("source_file", "VARCHAR", event -> event.location().file()),
            new Column("source_line", "BIGINT", event -> positive(event.location().line())),
            new Column("source_offset", "BIGINT", event -> positive(event.location().charOffset())));

    private static final List<ItemColumn> ITEMS = List.of(
            new ItemColumn("folder_id", "VARCHAR", AccessedItem::folderId),
            new ItemColumn("folder_path", "VARCHAR", AccessedItem::folderPath),
            new ItemColumn("internet_message_id", "VARCHAR", AccessedItem::internetMessageId),
            new ItemColumn("message_key", "VARCHAR", AccessedItem::messageKey),
            new ItemColumn("size_in_bytes", "BIGINT", AccessedItem::sizeInBytes),
            new ItemColumn("is_folder_row", "BOOLEAN", AccessedItem::isFolderRow));

    /**
     * The columns of an events staging row with their DuckDB types, in file order: the row number, the input,
     * the key, the normalized fields, and the raw record's place in the run's record log (added by the storing
     * thread, which writes the log).
     */
    static final String EVENT_COLUMNS = columnTypes(Stream.of(
            Stream.of("event_row:BIGINT", "input_id:BIGINT", "event_key:VARCHAR"),
            FIELDS.stream().map(column -> column.name() + ":" + column.type()),
            Stream.of("raw_offset:BIGINT", "raw_length:BIGINT")).flatMap(columns -> columns));

    /** The columns of an accessed-items staging row with their DuckDB types, in file order. */
    static final String ITEM_COLUMNS = columnTypes(Stream.concat(
            Stream.of("event_row:BIGINT", "input_id:BIGINT", "event_key:VARCHAR", "mailbox:VARCHAR"),
            ITEMS.stream().map(column -> column.name() + ":" + column.type())));

    private EventStaging() {
    }

    /** Each worker thread's row buffers, reused from event to event. */
    private static final ThreadLocal<StageRow> EVENT_ROW = ThreadLocal.withInitial(() -> new StageRow(4096));
    private static final ThreadLocal<StageRow> ITEM_ROWS = ThreadLocal.withInitial(() -> new StageRow(4096));

    /** Stages an event numbered {@code eventRow} of input {@code inputId}. */
    static StagedEvent stage(long eventRow, long inputId, AuditEvent event) {
        String eventKey = event.key().asText();
        StageRow row = EVENT_ROW.get().clear().value(eventRow).value(inputId).value(eventKey);
        for (Column column : FIELDS) {
            row.value(column.value().apply(event));
        }
        byte[] eventBytes = row.openEnd().toBytes();
        byte[] itemBytes = null;
        if (event.mailAccess() != null && !event.mailAccess().items().isEmpty()) {
            StageRow items = ITEM_ROWS.get().clear();
            for (AccessedItem item : event.mailAccess().items()) {
                items.value(eventRow).value(inputId).value(eventKey).value(event.mailboxOwnerUpn());
                for (ItemColumn column : ITEMS) {
                    items.value(column.value().apply(item));
                }
                items.endRow();
            }
            itemBytes = items.toBytes();
        }
        return new StagedEvent(eventBytes, itemBytes, event.rawJson().getBytes(StandardCharsets.UTF_8));
    }

    private static String columnTypes(Stream<String> columns) {
        return columns.map(column -> {
            int colon = column.indexOf(':');
            return "'" + column.substring(0, colon) + "':'" + column.substring(colon + 1) + "'";
        }).collect(Collectors.joining(", ", "{", "}"));
    }

    private interface JsonWriting {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(JsonWriting writing) {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            writing.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory cannot fail", e);
        }
        return text.toString();
    }

    private static ClientAddress address(AuditEvent event) {
        return event.clientAddress() == null ? ClientAddress.NONE : event.clientAddress();
    }

    private static Object mailAccess(AuditEvent event, Function<MailAccess, Object> value) {
        return event.mailAccess() == null ? null : value.apply(event.mailAccess());
    }

    private static Long positive(long value) {
        return value < 0 ? null : value;
    }

    static long epochMicros(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000);
    }

    /** UAL spelling of the access type: Bind, Sync or Unknown. */
    static String accessTypeName(MailAccessType type) {
        return switch (type) {
            case BIND -> "Bind";
            case SYNC -> "Sync";
            case UNKNOWN -> "Unknown";
        };
    }

    /** A JSON object with sorted keys (maps from the model have no stable order), or null when empty. */
    static String mapJson(Map<String, String> values) {
        if (values.isEmpty()) {
            return null;
        }
        return write(json -> {
            json.writeStartObject();
            for (Map.Entry<String, String> entry : new TreeMap<>(values).entrySet()) {
                json.writeStringField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
        });
    }

}
