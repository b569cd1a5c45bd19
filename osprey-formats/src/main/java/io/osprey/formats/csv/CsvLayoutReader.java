package io.osprey.formats.csv;

import io.osprey.formats.FormatReader;
import io.osprey.formats.InputHead;
import io.osprey.formats.InputText;
import io.osprey.model.ReadResult;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * The common part of every CSV layout: recognition by the header line (after an optional {@code #TYPE} line,
 * quoted or not, columns in any order and case) and streaming of the rows. A layout says how well it matches a
 * header and how a row becomes a record.
 */
public abstract class CsvLayoutReader implements FormatReader {

    @Override
    public final int sniff(InputHead head) {
        return CsvHeader.fromHead(head).map(this::score).orElse(0);
    }

    @Override
    public final void read(InputText input, Consumer<ReadResult> sink) throws IOException {
        try (Reader reader = input.openReader()) {
            new CsvSession(input.displayPath(), name(), this::bind, sink).read(reader);
        }
    }

    /** How specifically this layout matches the header: 0 when it does not. */
    protected abstract int score(CsvHeader header);

    /** The row mapper for a file with this header, its column indexes resolved once. */
    protected abstract RowMapper bind(CsvHeader header);
}
