package io.osprey.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what {@code osprey investigate} and its lookups wrote into {@code CASE/reports/investigation/}. */
record InvestigationFiles(Path directory) {
    static InvestigationFiles of(Path caseDirectory) {
        return new InvestigationFiles(caseDirectory.resolve("reports").resolve("investigation"));
    }

    JsonNode summary() {
        try {
            return new ObjectMapper().readTree(directory.resolve("summary.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** summary.json's mailboxes by name. */
    Map<String, JsonNode> mailboxes() {
        Map<String, JsonNode> mailboxes = new LinkedHashMap<>();
        summary().get("mailboxes").forEach(mailbox -> mailboxes.put(mailbox.get("mailbox").asText(), mailbox));
        return mailboxes;
    }

    /** Every row of one CSV file, as header name to cell. */
    List<Map<String, String>> csv(String fileName) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                .ofNamedCsvRecord(directory.resolve(fileName), StandardCharsets.UTF_8)) {
            reader.forEach(row -> rows.add(row.getFieldsAsMap()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
