package io.osprey.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One CSV output: UTF-8, CRLF line ends, a header row, and every cell made spreadsheet-safe. Written to a
 * temporary file beside the target and moved into place on close once {@link #complete()} was called, so a
 * failed run leaves no half file.
 */
public final class CsvTable implements Closeable {
    private final AtomicFile file;
    private final CsvWriter writer;
    private final int columns;
    private final String[] cells;
    private boolean complete;

    public CsvTable(Path target, List<String> header) throws IOException {
        this.file = new AtomicFile(target);
        this.writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(file.temporary(), StandardCharsets.UTF_8);
        this.columns = header.size();
        this.cells = new String[columns];
        writer.writeRecord(header);
    }

    /** Writes one row; null cells are empty. */
    public void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + values.length);
        }
        for (int index = 0; index < columns; index++) {
            cells[index] = SpreadsheetCells.safe(values[index] == null ? "" : values[index].toString());
        }
        writer.writeRecord(cells);
    }

    /** Marks the table complete: only a complete table is moved into place on close. */
    public void complete() {
        complete = true;
    }

    @Override
    public void close() throws IOException {
        writer.close();
        if (complete) {
            file.commit();
        } else {
            file.discard();
        }
    }
}
