package io.osprey.store.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.osprey.model.AccessedItem;
import io.osprey.model.AuditEvent;
import io.osprey.model.MailAccess;
import io.osprey.model.MailAccessType;
import io.osprey.model.Rejection;
import io.osprey.model.SourceLocation;
import org.duckdb.DuckDBAppender;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Appends events, accessed items and rejections in the column order of {@code CaseSchema}. */
final class EventRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventRows() {
    }

    static void appendEvent(DuckDBAppender row, long eventRow, long inputId, String eventKey, AuditEvent event)
            throws SQLException {
        MailAccess mailAccess = event.mailAccess();
        SourceLocation location = event.location();
        row.beginRow();
        row.append(eventRow).append(inputId).append(eventKey).append(event.recordId());
        row.appendEpochMicros(epochMicros(event.creationTime()));
        row.append(event.operation()).append(event.workload()).append(event.recordType())
                .append(event.recordTypeName()).append(event.resultStatus()).append(event.userId())
                .append(event.userType()).append(event.clientAddress().normalized())
                .append(event.clientAddress().raw()).append(event.sessionId()).append(event.appId())
                .append(event.clientAppId()).append(event.clientInfoString()).append(event.logonType())
                .append(event.mailboxOwnerUpn()).append(event.mailboxGuid()).append(event.organizationId())
                .append(event.objectId());
        row.append(json(event.operationProperties())).append(json(event.parameters()))
                .append(json(event.modifiedProperties())).append(json(event.extendedProperties()));
        row.append(mailAccess == null ? null : accessTypeName(mailAccess.accessType()))
                .append(mailAccess == null ? null : mailAccess.throttled())
                .append(mailAccess == null ? null : mailAccess.operationCount())
                .append(mailAccess == null ? null : (Integer) mailAccess.items().size());
        row.append(event.degraded()).append(event.fieldCount()).append(event.format());
        appendLocation(row, location);
        row.append(event.rawJson());
        row.endRow();
    }

    static void appendItems(DuckDBAppender row, long eventRow, String eventKey, AuditEvent event)
            throws SQLException {
        if (event.mailAccess() == null) {
            return;
        }
        for (AccessedItem item : event.mailAccess().items()) {
            row.beginRow();
            row.append(eventRow).append(eventKey).append(event.mailboxOwnerUpn()).append(item.folderId())
                    .append(item.folderPath()).append(item.internetMessageId()).append(item.messageKey())
                    .append(item.sizeInBytes()).append(item.isFolderRow());
            row.endRow();
        }
    }

    static void appendRejection(DuckDBAppender row, long inputId, Rejection rejection) throws SQLException {
        row.beginRow();
        row.append(inputId);
        appendLocation(row, rejection.location());
        row.append(rejection.reason()).append(rejection.excerpt());
        row.endRow();
    }

    private static void appendLocation(DuckDBAppender row, SourceLocation location) throws SQLException {
        row.append(location.file());
        row.append(location.line() < 0 ? null : (Long) location.line());
        row.append(location.charOffset() < 0 ? null : (Long) location.charOffset());
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
    static String json(Map<String, String> values) {
        if (values.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string map always serializes", e);
        }
    }
}
