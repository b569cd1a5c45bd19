package io.osprey.formats.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.osprey.model.Rejection;
import io.osprey.model.SourceLocation;
import io.osprey.model.SourceRecord;

import java.util.Map;

/** One data row of a CSV export, with the location where it starts and shortcuts to build the reader's result. */
public final class CsvRow {
    private final CsvRecord record;
    private final SourceLocation location;
    private final String format;

    CsvRow(CsvRecord record, SourceLocation location, String format) {
        this.record = record;
        this.location = location;
        this.format = format;
    }

    public SourceLocation location() {
        return location;
    }

    public int fieldCount() {
        return record.getFieldCount();
    }

    /** The cell exactly as the file holds it; empty when the column is absent (index -1). */
    public String raw(int index) {
        return index < 0 || index >= record.getFieldCount() ? "" : record.getField(index);
    }

    /** The cell without surrounding whitespace: wrapper values may carry a trailing space. */
    public String cell(int index) {
        return raw(index).strip();
    }

    /**
     * The cell without surrounding spaces only, for cells that become AuditData values: a line break at the end
     * of a value (OriginatingServer ends with CRLF) belongs to the value.
     */
    public String value(int index) {
        String raw = raw(index);
        int start = 0;
        int end = raw.length();
        while (start < end && raw.charAt(start) == ' ') {
            start++;
        }
        while (end > start && raw.charAt(end - 1) == ' ') {
            end--;
        }
        return start == 0 && end == raw.length() ? raw : raw.substring(start, end);
    }

    public Rejection reject(String reason) {
        return new Rejection(location, reason, excerpt());
    }

    public SourceRecord record(String auditDataJson, Map<String, String> envelope, boolean degraded) {
        return new SourceRecord(location, format, auditDataJson, envelope, degraded);
    }

    /** The row's cells joined by commas, cut after a little more than a rejection keeps. */
    String excerpt() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < record.getFieldCount() && text.length() <= Rejection.MAX_EXCERPT; i++) {
            if (i > 0) {
                text.append(',');
            }
            String field = record.getField(i);
            int room = Rejection.MAX_EXCERPT + 1 - text.length();
            text.append(field, 0, Math.min(field.length(), Math.max(room, 0)));
        }
        return text.toString();
    }
}
