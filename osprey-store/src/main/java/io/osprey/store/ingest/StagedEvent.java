package io.osprey.store.ingest;

/**
 * An event ready to store, prepared on a worker thread: its {@code events} staging row without the record-log
 * columns (the storing thread appends them once it has written the raw record), its {@code accessed_items}
 * staging rows (null when it has none), and its raw AuditData as UTF-8. The storing thread only copies bytes;
 * DuckDB loads the staging files set-based and in parallel.
 */
record StagedEvent(byte[] eventRow, byte[] itemRows, byte[] rawJson) {
}
