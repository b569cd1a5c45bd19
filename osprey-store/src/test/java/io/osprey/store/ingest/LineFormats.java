package io.osprey.store.ingest;

import io.osprey.formats.FormatReader;
import io.osprey.formats.FormatRegistry;
import io.osprey.formats.InputHead;
import io.osprey.formats.InputText;
import io.osprey.model.ReadResult;
import io.osprey.model.Rejection;
import io.osprey.model.SourceLocation;
import io.osprey.model.SourceRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Two tiny line formats for the store's tests, so they do not depend on the shipped readers:
 * {@code test-auditdata-lines} (one AuditData JSON object per line) and {@code test-wrapped-lines} (a first
 * line {@code #wrapped}, then {@code W <AuditData JSON>} per line; any other line is rejected as
 * "not an audit record"). Blank lines are not records.
 */
final class LineFormats {
    static final String WRAPPED_HEADER = "#wrapped";

    private LineFormats() {
    }

    static FormatRegistry registry() {
        return new FormatRegistry(java.util.List.of(new AuditDataLines(), new WrappedLines()));
    }

    /** One AuditData object per line. */
    static final class AuditDataLines implements FormatReader {
        @Override
        public String name() {
            return "test-auditdata-lines";
        }

        @Override
        public int sniff(InputHead head) {
            return head.firstSignificantChar() == '{' ? 10 : 0;
        }

        @Override
        public void read(InputText input, Consumer<ReadResult> sink) throws IOException {
            readLines(input, name(), sink, false);
        }
    }

    /** A header line, then one {@code W <json>} line per record. */
    static final class WrappedLines implements FormatReader {
        @Override
        public String name() {
            return "test-wrapped-lines";
        }

        @Override
        public int sniff(InputHead head) {
            return head.headerLine().equals(WRAPPED_HEADER) ? 20 : 0;
        }

        @Override
        public void read(InputText input, Consumer<ReadResult> sink) throws IOException {
            readLines(input, name(), sink, true);
        }
    }

    private static void readLines(InputText input, String format, Consumer<ReadResult> sink, boolean wrapped)
            throws IOException {
        try (Reader reader = input.openReader(); BufferedReader lines = new BufferedReader(reader, 1 << 16)) {
            String line;
            long number = 0;
            long offset = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                SourceLocation location = new SourceLocation(input.displayPath(), number, offset);
                offset += line.length() + 1;
                if (line.isBlank() || (wrapped && number == 1)) {
                    continue;
                }
                if (!wrapped) {
                    sink.accept(new SourceRecord(location, format, line, Map.of(), false));
                } else if (line.startsWith("W ")) {
                    sink.accept(new SourceRecord(location, format, line.substring(2), Map.of("Wrapper", "W"), false));
                } else {
                    sink.accept(new Rejection(location, "not an audit record", line));
                }
            }
        }
    }
}
