package io.osprey.rules.output;

import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes one CSV file, UTF-8, every cell neutralized by {@link CsvCells}. */
final class SafeCsvWriter {
    private SafeCsvWriter() {
    }

    static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (CsvWriter writer = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
            writer.writeRecord(neutralized(header));
            for (List<String> row : rows) {
                writer.writeRecord(neutralized(row));
            }
        }
    }

    private static List<String> neutralized(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(CsvCells.neutralize(cell));
        }
        return safe;
    }
}
