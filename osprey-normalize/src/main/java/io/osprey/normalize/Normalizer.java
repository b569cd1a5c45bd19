package io.osprey.normalize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.osprey.model.AuditEvent;
import io.osprey.model.ClientAddress;
import io.osprey.model.SourceRecord;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Turns a {@link SourceRecord} into an {@link AuditEvent}. The AuditData JSON is the truth; envelope values are
 * used only where AuditData lacks a field. Thread-safe: holds no per-call state.
 */
public final class Normalizer {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Normalizer() {
    }

    public AuditEvent normalize(SourceRecord record) throws NormalizationException {
        JsonNode auditData;
        try {
            auditData = MAPPER.readTree(record.auditDataJson());
        } catch (JsonProcessingException e) {
            throw new NormalizationException("AuditData is not valid JSON: " + e.getOriginalMessage());
        }
        if (auditData == null || !auditData.isObject()) {
            throw new NormalizationException("AuditData is not a JSON object");
        }
        String id = text(auditData, "Id");
        if (id == null) {
            throw new NormalizationException("missing Id");
        }
        String creation = text(auditData, "CreationTime");
        if (creation == null) {
            throw new NormalizationException("missing CreationTime");
        }
        Instant creationTime;
        try {
            creationTime = creation.endsWith("Z") || creation.contains("+")
                    ? OffsetDateTime.parse(creation).toInstant() : Instant.parse(creation + "Z");
        } catch (DateTimeParseException e) {
            throw new NormalizationException("CreationTime is not a date: " + creation);
        }
        String operation = text(auditData, "Operation");
        if (operation == null) {
            throw new NormalizationException("missing Operation");
        }
        return new AuditEvent(id, creationTime, operation, text(auditData, "Workload"), null, null,
                text(auditData, "ResultStatus"), text(auditData, "UserId"), null, ClientAddress.NONE, null, null,
                null, null, null, null, null, text(auditData, "OrganizationId"), text(auditData, "ObjectId"),
                Map.of(), Map.of(), Map.of(), Map.of(), null, record.auditDataJson(), record.format(),
                record.location(), record.degraded(), auditData.size());
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
