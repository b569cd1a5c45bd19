package io.osprey.simulate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {
    private static final SimulationSpec SPEC = Simulations.spec(Scenario.FULL, 12, 2)
            .withFormats(List.of(OutputFormat.values())).withOverlap(true);

    @Test
    void theSameSeedWritesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        SimulationSummary summary = TenantSimulator.run(SPEC, first.resolve("out"));
        TenantSimulator.run(SPEC, second.resolve("out"));

        List<Path> files = relativeFiles(first.resolve("out"));
        assertThat(summary.messageTraceFiles()).isNotEmpty();
        assertThat(files).contains(Path.of("truth.json"))
                .hasSize(relativeFiles(second.resolve("out")).size())
                // two days and one overlapping day per format, the truth, a message trace per attacked mailbox
                .hasSize(OutputFormat.values().length * 3 + 1 + summary.messageTraceFiles().size());
        for (Path file : files) {
            assertThat(Files.mismatch(first.resolve("out").resolve(file), second.resolve("out").resolve(file)))
                    .as(file.toString()).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedWritesOtherRecords(@TempDir Path first, @TempDir Path second) throws IOException {
        SimulationSpec management = SPEC.withFormats(List.of(OutputFormat.MANAGEMENT_ACTIVITY_JSON)).withOverlap(false);
        TenantSimulator.run(management, first.resolve("out"));
        TenantSimulator.run(management.withSeed(2), second.resolve("out"));

        Path day = Path.of("evidence", "management-activity-json", "2026-03-02.jsonl");
        assertThat(Files.mismatch(first.resolve("out").resolve(day), second.resolve("out").resolve(day)))
                .isNotEqualTo(-1L);
        assertThat(Files.readString(first.resolve("out").resolve("truth.json")))
                .isNotEqualTo(Files.readString(second.resolve("out").resolve("truth.json")));
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).sorted().forEach(file -> files.add(root.relativize(file)));
        }
        return files;
    }
}
