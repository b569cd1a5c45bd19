package io.osprey.model;

import java.time.Instant;

/**
 * Two records are the same audit event when their Id, CreationTime and Operation agree (anonymized exports
 * reuse ids, so the id alone is not enough).
 */
public record EventKey(String recordId, Instant creationTime, String operation) {
    /** A compact, stable text form used as the store's key column. */
    public String asText() {
        return recordId + "|" + creationTime + "|" + operation;
    }
}
