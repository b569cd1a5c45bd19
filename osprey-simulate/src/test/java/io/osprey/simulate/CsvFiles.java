package io.osprey.simulate;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads simulated CSV evidence with FastCSV (a {@code #TYPE} line is skipped as a comment). */
final class CsvFiles {
    private CsvFiles() {
    }

    /** The rows of the files, each file's header first. */
    static List<List<String>> rows(List<Path> files) {
        List<List<String>> rows = new ArrayList<>();
        for (Path file : files) {
            try (CsvReader<CsvRecord> reader = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                    .ofCsvRecord(file)) {
                reader.forEach(row -> rows.add(row.getFields()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }
}
