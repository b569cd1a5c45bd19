package io.osprey.store.ingest;

/**
 * An event ready to store, prepared on a worker thread: its key and mailbox (which its accessed items repeat),
 * its other normalized columns as one JSON object (keys are the {@code events} column names), its accessed
 * items as one JSON array (null when it has none) and the raw AuditData JSON. The storing thread appends these
 * few strings; DuckDB spreads them into the typed tables set-based (a few appended values per event instead
 * of dozens is what makes storing fast).
 */
record StagedEvent(String eventKey, String mailbox, String fieldsJson, String itemsJson, String rawJson) {
}
