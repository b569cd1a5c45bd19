package io.osprey.store.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds rows of the ingest's staging files: comma-separated UTF-8 in the dialect DuckDB's {@code read_csv}
 * reads back with {@link StageFiles#CSV_OPTIONS}. Every string is quoted (inner quotes doubled), so an empty
 * string is {@code ""} and NULL is an empty unquoted field; numbers and booleans are written bare. This is an
 * internal hand-over format between two parts of Osprey, never shown to users, which is why it is a few lines
 * here rather than a CSV library writing through a {@code Writer} and a charset encoder.
 */
final class StageRow {
    private byte[] bytes;
    private int length;
    private boolean rowStarted;

    StageRow(int capacity) {
        bytes = new byte[capacity];
    }

    /** Empties the row buffer for reuse. */
    StageRow clear() {
        length = 0;
        rowStarted = false;
        return this;
    }

    /** Starts a new row in the same buffer (rows end with {@link #endRow()}). */
    StageRow value(Object value) {
        separate();
        if (value == null) {
            return this;
        }
        if (value instanceof String text) {
            quoted(text);
        } else if (value instanceof Boolean flag) {
            ascii(flag ? "true" : "false");
        } else {
            ascii(Long.toString(((Number) value).longValue()));
        }
        return this;
    }

    /** Ends the row with a comma, leaving it open for values the storing thread adds. */
    StageRow openEnd() {
        ensure(1);
        bytes[length++] = ',';
        rowStarted = false;
        return this;
    }

    StageRow endRow() {
        ensure(1);
        bytes[length++] = '\n';
        rowStarted = false;
        return this;
    }

    boolean isEmpty() {
        return length == 0;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, length);
    }

    private void separate() {
        if (rowStarted) {
            ensure(1);
            bytes[length++] = ',';
        }
        rowStarted = true;
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int index = 0; index < text.length(); index++) {
            bytes[length++] = (byte) text.charAt(index);
        }
    }

    /** The text quoted, UTF-8 encoded (an unpaired surrogate becomes {@code ?}, as the JDK's encoder does). */
    private void quoted(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length + 2);
        bytes[length++] = '"';
        if (text.indexOf('"') < 0) {
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
            bytes[length++] = '"';
            return;
        }
        int copied = 0;
        for (int index = 0; index < utf8.length; index++) {
            if (utf8[index] == '"') {
                int run = index + 1 - copied;
                ensure(run + 1 + utf8.length - index);
                System.arraycopy(utf8, copied, bytes, length, run);
                length += run;
                bytes[length++] = '"';
                copied = index + 1;
            }
        }
        int rest = utf8.length - copied;
        ensure(rest + 1);
        System.arraycopy(utf8, copied, bytes, length, rest);
        length += rest;
        bytes[length++] = '"';
    }

    /** Room for {@code more} bytes beyond the current length (the quote doubling re-checks as it goes). */
    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
