package io.osprey.normalize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.AuditEvent;
import io.osprey.model.SourceRecord;

import java.time.Instant;
import java.util.Map;

/**
 * Turns a {@link SourceRecord} into an {@link AuditEvent}. The AuditData JSON is the truth; envelope values
 * fill in only where AuditData lacks Id, CreationTime, Operation, RecordType or UserId.
 *
 * <p>Two readers gather the AuditData values: a one-pass scanner that handles the plain JSON Microsoft's
 * exports write and materializes only the fields used, and, for every record it declines, Jackson's tree with
 * readers for every shape exporters produce. Both give the same event for the same input.
 *
 * <p>Thread-safe: it holds no per-call state, and the JSON mapper and lookup tables it shares are immutable.
 */
public final class Normalizer {
    private static final int MAX_QUOTED_VALUE = 80;
    private static final int MAX_JSON_MESSAGE = 200;

    private final RecordTypes recordTypes = RecordTypes.table();
    private final boolean scanFirst;

    public Normalizer() {
        this(true);
    }

    /** With {@code scanFirst} false every record takes the tree path; tests compare the two paths with it. */
    Normalizer(boolean scanFirst) {
        this.scanFirst = scanFirst;
    }

    /**
     * Normalizes one record.
     *
     * @throws NormalizationException with a short sentence fit for a rejection: AuditData is missing, empty,
     *                                not valid JSON (with Jackson's message) or not an object, or lacks a
     *                                usable Id, CreationTime or Operation even after the envelope fallbacks
     */
    public AuditEvent normalize(SourceRecord record) throws NormalizationException {
        String json = record.auditDataJson();
        Degradation degradation = new Degradation(record.degraded());
        AuditFields auditData = json == null || !scanFirst ? null : AuditDataScanner.scan(json, degradation);
        if (auditData == null) {
            auditData = TreeFields.read(parseAuditData(json), degradation);
        }
        Map<String, String> envelope = record.envelope();
        String recordId = requiredText(auditData.text(AuditField.ID), "Id", envelope, Envelope.ID_KEYS);
        Instant creationTime = creationTime(auditData.text(AuditField.CREATION_TIME), envelope);
        String operation = requiredText(auditData.text(AuditField.OPERATION), "Operation", envelope,
                Envelope.OPERATION_KEYS);
        return new EventAssembler(auditData, envelope, degradation, recordTypes)
                .toEvent(recordId, creationTime, operation, record);
    }

    private static JsonNode parseAuditData(String json) throws NormalizationException {
        if (json == null) {
            throw new NormalizationException("AuditData is missing");
        }
        if (json.isBlank()) {
            throw new NormalizationException("AuditData is empty");
        }
        JsonNode auditData;
        try {
            auditData = JsonValues.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new NormalizationException("AuditData is not valid JSON: " + shortMessage(e));
        }
        if (auditData == null || !auditData.isObject()) {
            throw new NormalizationException("AuditData is not a JSON object");
        }
        return auditData;
    }

    /** Jackson's message without the source location, on one line and bounded. */
    private static String shortMessage(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int lineEnd = message.indexOf('\n');
        String firstLine = (lineEnd < 0 ? message : message.substring(0, lineEnd)).trim();
        return firstLine.length() <= MAX_JSON_MESSAGE ? firstLine : firstLine.substring(0, MAX_JSON_MESSAGE) + "…";
    }

    private static String requiredText(String value, String field, Map<String, String> envelope,
                                       String[] envelopeKeys) throws NormalizationException {
        if (value != null && !value.isBlank()) {
            return value;
        }
        String fallback = Envelope.first(envelope, envelopeKeys);
        if (fallback == null) {
            throw new NormalizationException("missing " + field);
        }
        return fallback;
    }

    private static Instant creationTime(String written, Map<String, String> envelope)
            throws NormalizationException {
        Instant time = AuditTimes.parse(written);
        if (time != null) {
            return time;
        }
        String wrapperDate = Envelope.first(envelope, Envelope.TIME_KEYS);
        Instant fallback = AuditTimes.parseWrapperDate(wrapperDate);
        if (fallback != null) {
            return fallback;
        }
        if (written == null && wrapperDate == null) {
            throw new NormalizationException("missing CreationTime");
        }
        String shown = written != null ? written : wrapperDate;
        throw new NormalizationException("CreationTime is not a recognizable date: '"
                + (shown.length() <= MAX_QUOTED_VALUE ? shown : shown.substring(0, MAX_QUOTED_VALUE) + "…") + "'");
    }
}
