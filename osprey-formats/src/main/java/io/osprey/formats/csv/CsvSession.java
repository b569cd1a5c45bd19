package io.osprey.formats.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.osprey.model.ReadResult;
import io.osprey.model.Rejection;
import io.osprey.model.SourceLocation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads one CSV input: skips PowerShell's {@code #TYPE} line, takes the header, binds the layout's mapper to it
 * and hands every data row to it. Blank lines are not records; a row whose field count differs from the header's
 * is rejected; a break in the CSV syntax that the parser cannot get past ends the input with one rejection.
 */
final class CsvSession {
    private final String displayPath;
    private final String format;
    private final Function<CsvHeader, RowMapper> binder;
    private final Consumer<ReadResult> sink;
    private long lastLine;

    CsvSession(String displayPath, String format, Function<CsvHeader, RowMapper> binder, Consumer<ReadResult> sink) {
        this.displayPath = displayPath;
        this.format = format;
        this.binder = binder;
        this.sink = sink;
    }

    void read(Reader reader) throws IOException {
        try (CsvReader<CsvRecord> csv = CsvFiles.builder().ofCsvRecord(reader)) {
            readRecords(csv.iterator());
        } catch (UncheckedIOException failure) {
            throw failure.getCause();
        } catch (CsvParseException broken) {
            long line = startingLine(broken);
            sink.accept(new Rejection(new SourceLocation(displayPath, line, -1),
                    "unreadable CSV from line " + line + " on: " + rootMessage(broken), ""));
        }
    }

    private void readRecords(Iterator<CsvRecord> records) {
        CsvHeader header = null;
        RowMapper mapper = null;
        boolean first = true;
        while (records.hasNext()) {
            CsvRecord record = records.next();
            lastLine = record.getStartingLineNumber();
            if (isBlank(record)) {
                continue;
            }
            if (mapper == null) {
                boolean typeLine = first && record.getField(0).startsWith("#TYPE");
                first = false;
                if (!typeLine) {
                    header = CsvHeader.of(record.getFields());
                    mapper = binder.apply(header);
                }
                continue;
            }
            CsvRow row = new CsvRow(record, new SourceLocation(displayPath, lastLine, -1), format);
            if (record.getFieldCount() != header.size()) {
                sink.accept(row.reject("row has " + record.getFieldCount() + " fields, header has " + header.size()));
            } else {
                sink.accept(mapper.map(row));
            }
        }
    }

    private static boolean isBlank(CsvRecord record) {
        return record.getFieldCount() == 1 && record.getField(0).isBlank();
    }

    /** The line the broken record started on, which FastCSV ends its message with; else the line after the last. */
    private long startingLine(CsvParseException broken) {
        String message = broken.getMessage() == null ? "" : broken.getMessage();
        int digits = message.length();
        while (digits > 0 && Character.isDigit(message.charAt(digits - 1))) {
            digits--;
        }
        if (digits < message.length() && message.length() - digits < 19) {
            return Long.parseLong(message.substring(digits));
        }
        return lastLine + 1;
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
