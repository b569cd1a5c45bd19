package io.osprey.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs simulations for tests (each distinct spec once per test JVM) and reads their evidence back. */
final class Simulations {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<SimulationSpec, SimulationSummary> RUNS = new HashMap<>();
    private static final Map<SimulationSummary, List<JsonNode>> RECORDS = new HashMap<>();

    private Simulations() {
    }

    static synchronized SimulationSummary run(SimulationSpec spec) {
        return RUNS.computeIfAbsent(spec, key -> {
            try {
                return TenantSimulator.run(key, Files.createTempDirectory("osprey-sim-test"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static SimulationSpec spec(Scenario scenario, int users, int days) {
        return SimulationSpec.defaults(scenario).withUsers(users).withDays(days);
    }

    /** The evidence files of one format of the first acquisition, in date order. */
    static List<Path> files(SimulationSummary summary, OutputFormat format) {
        return files(summary.outputDirectory().resolve(TenantSimulator.EVIDENCE).resolve(format.formatName()));
    }

    static List<Path> files(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every AuditData record of a management-activity-json simulation, in file order (parsed once). */
    static synchronized List<JsonNode> records(SimulationSummary summary) {
        return RECORDS.computeIfAbsent(summary, key -> List.copyOf(jsonLines(files(key,
                OutputFormat.MANAGEMENT_ACTIVITY_JSON))));
    }

    static List<JsonNode> jsonLines(List<Path> files) {
        List<JsonNode> records = new ArrayList<>();
        for (Path file : files) {
            try {
                for (String line : Files.readAllLines(file)) {
                    records.add(JSON.readTree(line));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return records;
    }

    /** The value of a Name/Value list entry (OperationProperties, Parameters, ...), or null. */
    static String nameValue(JsonNode list, String name) {
        if (list == null) {
            return null;
        }
        for (JsonNode entry : list) {
            if (name.equals(entry.path("Name").asText())) {
                return entry.path("Value").asText();
            }
        }
        return null;
    }

    static boolean isBind(JsonNode record) {
        return "MailItemsAccessed".equals(record.path("Operation").asText())
                && "Bind".equals(nameValue(record.get("OperationProperties"), "MailAccessType"));
    }

    static boolean isSync(JsonNode record) {
        return "MailItemsAccessed".equals(record.path("Operation").asText())
                && "Sync".equals(nameValue(record.get("OperationProperties"), "MailAccessType"));
    }
}
