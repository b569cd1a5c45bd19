package io.osprey.formats.json;

import io.osprey.formats.InputText;
import io.osprey.model.Rejection;
import io.osprey.model.SourceLocation;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * Streams the records of any JSON container an audit export comes in, with one Jackson streaming parser:
 * <ul>
 *   <li>a single value, or values back to back: NDJSON, concatenated pretty-printed objects, several arrays
 *       ({@code ][} or {@code ]\n[}, a naive concatenation), blank lines, no final newline;</li>
 *   <li>a top-level array: each element is a record;</li>
 *   <li>a Microsoft Graph page {@code {"@odata.context":...,"value":[...],"@odata.nextLink":...}}: each element
 *       of {@code value} is a record (several pages may follow each other).</li>
 * </ul>
 * Each record comes with its exact text, sliced from the input, and where it starts. Broken JSON (a truncated
 * record, garbage between records, binary bytes) becomes a {@link Rejection} {@code "invalid JSON: ..."} at the
 * start of the broken text; reading resumes at the next line that starts with {@code {} or {@code [}, so one
 * broken line of NDJSON loses that line only. Memory is bounded by the largest record, not the input.
 *
 * <p>JSON lines, the bulk of large exports, take a faster path: while every line holds exactly one plain
 * object ({@link ObjectLine}), lines are sliced directly; from the first line that does not, the streaming
 * parser takes over for the rest of the input, with the same results as if it had read it all.
 */
public final class JsonContainerReader {

    /**
     * Reads the whole input. Records go to {@code records}, broken JSON to {@code rejections}.
     *
     * @throws IOException only when the input itself cannot be read
     */
    public void read(InputText input, Consumer<JsonRecord> records, Consumer<? super Rejection> rejections)
            throws IOException {
        String path = input.displayPath();
        try (Reader reader = input.openReader()) {
            LineSplitter lines = new LineSplitter(reader);
            while (lines.next()) {
                if (isBlank(lines)) {
                    continue;
                }
                ObjectLine.Found found = ObjectLine.find(lines.buffer(), lines.lineStart(), lines.lineEnd());
                if (found == null) {
                    streamRest(path, lines, records, rejections);
                    return;
                }
                String text = new String(lines.buffer(), found.start(), found.end() - found.start());
                SourceLocation location = new SourceLocation(path, lines.lineNumber(), lines.offsetOf(found.start()));
                records.accept(new JsonRecord(location, text, JsonKind.OBJECT, found.names()));
            }
        }
    }

    /** Blank: spaces and tabs only, or a carriage return ending the line (a lone one would end a line itself). */
    private static boolean isBlank(LineSplitter lines) {
        char[] buffer = lines.buffer();
        for (int index = lines.lineStart(); index < lines.lineEnd(); index++) {
            char character = buffer[index];
            boolean endingReturn = character == '\r' && index == lines.lineEnd() - 1;
            if (character != ' ' && character != '\t' && !endingReturn) {
                return false;
            }
        }
        return true;
    }

    /** The streaming parser reads from the current line to the end, its positions shifted to the input's. */
    private static void streamRest(String path, LineSplitter lines, Consumer<JsonRecord> records,
                                   Consumer<? super Rejection> rejections) throws IOException {
        long offsetShift = lines.offsetOf(lines.lineStart());
        long lineShift = lines.lineNumber() - 1;
        try (CapturingReader capturing = new CapturingReader(lines.remainder())) {
            new ContainerSession(path, capturing,
                    record -> records.accept(new JsonRecord(shift(record.location(), lineShift, offsetShift),
                            record.text(), record.kind(), record.names())),
                    rejection -> rejections.accept(new Rejection(shift(rejection.location(), lineShift, offsetShift),
                            rejection.reason(), rejection.excerpt()))).run();
        }
    }

    private static SourceLocation shift(SourceLocation location, long lineShift, long offsetShift) {
        return new SourceLocation(location.file(), location.line() < 0 ? -1 : location.line() + lineShift,
                location.charOffset() < 0 ? -1 : location.charOffset() + offsetShift);
    }
}
