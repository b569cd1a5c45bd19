package io.osprey.formats;

import io.osprey.model.ReadResult;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * One reader per input format. A reader recognizes its format by content ({@link #sniff}) and streams the
 * records of one input to a sink: memory must not grow with the input's size. Every record position it finds
 * yields exactly one {@link ReadResult}: a {@code SourceRecord}, or a {@code Rejection} with the reason and
 * location. Blank lines are not records. Readers never print and never throw for bad content; an
 * {@link IOException} means the input itself could not be read (the pipeline reports it against the file).
 */
public interface FormatReader {

    /** The format name written to the manifest, e.g. {@code purview-csv}. Lower-case, dash-separated. */
    String name();

    /**
     * How surely this reader recognizes the input from its first characters: 0 for "not mine", higher for a
     * more specific match. The registry picks the highest; readers of more specific layouts return more.
     */
    int sniff(InputHead head);

    /** Streams every record of the input to the sink. */
    void read(InputText input, Consumer<ReadResult> sink) throws IOException;
}
