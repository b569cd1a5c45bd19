package io.osprey.rules.directory;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the bundled reference CSVs (microsoft-info) from the class path. */
final class ReferenceCsv {
    static final String DIRECTORY = "/io/osprey/rules/microsoft-info/";

    private ReferenceCsv() {
    }

    /** First-party Microsoft application ids, shared with the investigation (osprey-model's resources). */
    static final String MICROSOFT_APPS = "/io/osprey/model/microsoft-info/MicrosoftApps.csv";

    static List<Map<String, String>> read(String fileName) {
        return readResource(DIRECTORY + fileName);
    }

    static List<Map<String, String>> readResource(String resource) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                    .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (NamedCsvRecord record : reader) {
                    rows.add(record.getFieldsAsMap());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
