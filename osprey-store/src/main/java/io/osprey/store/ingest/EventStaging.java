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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a normalized {@link AuditEvent} into a {@link StagedEvent}: the {@code events} columns (the row
 * numbers, key and raw_json travel beside the JSON) and the {@code accessed_items} columns as JSON. The column
 * lists here and the JSON shapes DuckDB reads them with ({@link #FIELDS_SHAPE}, {@link #ITEMS_SHAPE}) come
 * from one definition. Name/value maps are stored as JSON object text with sorted keys (NULL when empty).
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

    /** The DuckDB {@code from_json} shape of {@link StagedEvent#fieldsJson()}. */
    static final String FIELDS_SHAPE = FIELDS.stream().map(column -> quote(column.name()) + ":" + quote(column.type()))
            .collect(Collectors.joining(",", "{", "}"));

    /** The DuckDB {@code from_json} shape of {@link StagedEvent#itemsJson()}. */
    static final String ITEMS_SHAPE = ITEMS.stream().map(column -> quote(column.name()) + ":" + quote(column.type()))
            .collect(Collectors.joining(",", "[{", "}]"));

    private EventStaging() {
    }

    static StagedEvent stage(AuditEvent event) {
        String fields = write(json -> {
            json.writeStartObject();
            for (Column column : FIELDS) {
                writeValue(json, column.name(), column.value().apply(event));
            }
            json.writeEndObject();
        });
        String items = null;
        if (event.mailAccess() != null && !event.mailAccess().items().isEmpty()) {
            items = write(json -> {
                json.writeStartArray();
                for (AccessedItem item : event.mailAccess().items()) {
                    json.writeStartObject();
                    for (ItemColumn column : ITEMS) {
                        writeValue(json, column.name(), column.value().apply(item));
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
            });
        }
        return new StagedEvent(event.key().asText(), event.mailboxOwnerUpn(), fields, items, event.rawJson());
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

    private static void writeValue(JsonGenerator json, String name, Object value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else {
            json.writeNumber(((Number) value).longValue());
        }
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

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
