package io.osprey.report.messagetrace;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.osprey.model.Rejection;
import io.osprey.model.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads message trace exports (see {@link MessageTraceLayout}) in any of their encodings, streaming: the header is
 * looked for in the first rows (PowerShell's {@code #TYPE} line and other preambles are skipped), then every data
 * row becomes a {@link MessageTraceRow} or a {@link Rejection} with its line and reason.
 */
public final class MessageTraceReader {
    /** How many leading non-blank rows may precede the header. */
    static final int HEADER_SEARCH_ROWS = 10;

    private MessageTraceReader() {
    }

    /**
     * @throws MessageTraceException when no message trace header is found in the first rows, or the file cannot
     *                               be read; rows already handed over stay valid
     */
    public static MessageTraceFile read(Path file, Consumer<MessageTraceRow> rows, Consumer<Rejection> rejections)
            throws MessageTraceException {
        try (InputStream in = Files.newInputStream(file); Reader text = TraceText.open(in);
             CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
                     .allowMissingFields(true).allowExtraCharsAfterClosingQuote(true).ofCsvRecord(text)) {
            return new FileSession(file.toString(), rows, rejections).read(csv.iterator());
        } catch (IOException | UncheckedIOException failure) {
            throw new MessageTraceException(file + ": cannot be read: " + failure.getMessage(), failure);
        }
    }

    /**
     * Reads files and folders (recursively, the {@code .csv} files in name order) into memory; a file that is not
     * a message trace export is listed in {@link MessageTraceRead#unreadable()} and the rest is read.
     */
    public static MessageTraceRead readAll(List<Path> inputs) throws IOException {
        List<MessageTraceFile> files = new ArrayList<>();
        List<MessageTraceRow> rows = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : expand(inputs)) {
            try {
                files.add(read(file, rows::add, rejections::add));
            } catch (MessageTraceException notTrace) {
                unreadable.add(notTrace.getMessage());
            }
        }
        return new MessageTraceRead(files, rows, rejections, unreadable);
    }

    private static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(path -> path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /** One file's reading state. */
    private static final class FileSession {
        private final String path;
        private final Consumer<MessageTraceRow> rows;
        private final Consumer<Rejection> rejections;
        private long rowsRead;
        private long rejected;
        private long lastLine;

        FileSession(String path, Consumer<MessageTraceRow> rows, Consumer<Rejection> rejections) {
            this.path = path;
            this.rows = rows;
            this.rejections = rejections;
        }

        MessageTraceFile read(Iterator<CsvRecord> records) throws MessageTraceException {
            MessageTraceLayout layout = null;
            TraceColumns columns = null;
            int searched = 0;
            try {
                while (records.hasNext() && (columns != null || searched < HEADER_SEARCH_ROWS)) {
                    CsvRecord record = records.next();
                    lastLine = record.getStartingLineNumber();
                    if (isBlank(record)) {
                        continue;
                    }
                    if (columns != null) {
                        row(columns, record);
                        continue;
                    }
                    TraceHeader header = new TraceHeader(record.getFields());
                    layout = MessageTraceLayout.detect(header);
                    if (layout != null) {
                        columns = layout.bind(header);
                    }
                    searched++;
                }
            } catch (CsvParseException broken) {
                if (columns == null) {
                    throw new MessageTraceException(path + ": not a message trace export (unreadable CSV)", broken);
                }
                rejected++;
                rejections.accept(new Rejection(new SourceLocation(path, lastLine + 1, -1),
                        "unreadable CSV after line " + lastLine + ", the rest of the file is lost: "
                                + broken.getMessage(), ""));
            }
            if (columns == null) {
                throw new MessageTraceException(path + ": not a message trace export (no header with the"
                        + " received time, sender, recipient and message id columns in the first "
                        + HEADER_SEARCH_ROWS + " rows)");
            }
            return new MessageTraceFile(path, layout, rowsRead, rejected);
        }

        private void row(TraceColumns columns, CsvRecord record) {
            rowsRead++;
            SourceLocation location = new SourceLocation(path, record.getStartingLineNumber(), -1);
            try {
                rows.accept(columns.toRow(record, location));
            } catch (TraceColumns.UnreadableRow unreadable) {
                rejected++;
                rejections.accept(new Rejection(location, unreadable.getMessage(),
                        String.join(",", record.getFields())));
            }
        }

        private static boolean isBlank(CsvRecord record) {
            return record.getFieldCount() == 1 && record.getField(0).isBlank();
        }
    }
}
