package io.osprey.formats.json;

import io.osprey.model.ReadResult;

import java.util.Map;

/**
 * Bare AuditData records: Office 365 Management Activity API content blobs (top-level arrays, several back to
 * back) and AuditData JSON lines (SOF-ELK input, DFIR-O365RC, Microsoft-Extractor-Suite {@code -AuditDataOnly}
 * and SOF-ELK output, Graph AuditDataOnly records with {@code @odata.type}). A record is AuditData when it has
 * {@code Id}, {@code CreationTime} and {@code Operation}; its text is the AuditData, verbatim.
 */
public final class ManagementActivityJsonReader extends JsonLayoutReader {
    public static final String NAME = "management-activity-json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected int score(JsonHead head) {
        if (!head.found()) {
            return 0;
        }
        int keyFields = head.count(AuditDataShape.KEY_FIELDS);
        if (head.complete()) {
            return keyFields == AuditDataShape.KEY_FIELDS.length ? 50 : 0;
        }
        return keyFields > 0 ? 30 : 0; // the head ends inside a large first record
    }

    @Override
    protected ReadResult interpret(JsonRecord record) {
        if (record.isObject() && AuditDataShape.isAuditData(record.names())) {
            return auditRecord(record, record.text(), Map.of());
        }
        return notAnAuditRecord(record);
    }
}
