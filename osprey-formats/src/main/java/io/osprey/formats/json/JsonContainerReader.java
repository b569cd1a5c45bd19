package io.osprey.formats.json;

import io.osprey.formats.InputText;
import io.osprey.model.Rejection;

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
 */
public final class JsonContainerReader {

    /**
     * Reads the whole input. Records go to {@code records}, broken JSON to {@code rejections}.
     *
     * @throws IOException only when the input itself cannot be read
     */
    public void read(InputText input, Consumer<JsonRecord> records, Consumer<? super Rejection> rejections)
            throws IOException {
        try (Reader reader = input.openReader(); CapturingReader capturing = new CapturingReader(reader)) {
            new ContainerSession(input.displayPath(), capturing, records, rejections).run();
        }
    }
}
