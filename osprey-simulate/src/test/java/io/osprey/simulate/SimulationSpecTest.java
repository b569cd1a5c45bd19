package io.osprey.simulate;

import io.osprey.simulate.truth.GroundTruth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulationSpecTest {
    @Test
    void namesParseAsTheCommandLineWritesThem() {
        assertThat(Scenario.parse("token-theft")).isEqualTo(Scenario.TOKEN_THEFT);
        assertThat(Scenario.parse("FULL")).isEqualTo(Scenario.FULL);
        assertThat(OutputFormat.parse("unified-audit-log-csv")).isEqualTo(OutputFormat.UNIFIED_AUDIT_LOG_CSV);
        assertThatThrownBy(() -> Scenario.parse("ransomware")).hasMessageContaining("token-theft");
        assertThatThrownBy(() -> OutputFormat.parse("xlsx")).hasMessageContaining("purview-csv");
    }

    @Test
    void theDefaultsAreThoseOfTheCommand() {
        SimulationSpec spec = SimulationSpec.defaults(Scenario.QUIET);
        assertThat(spec.seed()).isEqualTo(1);
        assertThat(spec.users()).isEqualTo(25);
        assertThat(spec.days()).isEqualTo(7);
        assertThat(spec.formats()).containsExactly(OutputFormat.MANAGEMENT_ACTIVITY_JSON);
        assertThat(spec.start()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(spec.overlapStart()).isEqualTo(Instant.parse("2026-03-05T12:00:00Z"));
    }

    @Test
    void impossibleSpecsAreRefused() {
        SimulationSpec spec = SimulationSpec.defaults(Scenario.FULL);
        assertThatThrownBy(() -> spec.withUsers(5)).hasMessageContaining("--users");
        assertThatThrownBy(() -> spec.withDays(0)).hasMessageContaining("--days");
        assertThatThrownBy(() -> spec.withFormats(List.of())).hasMessageContaining("--format");
        assertThatThrownBy(() -> spec.withFormats(List.of(OutputFormat.PURVIEW_CSV, OutputFormat.PURVIEW_CSV)))
                .hasMessageContaining("--format");
        assertThatThrownBy(() -> new SimulationSpec(Scenario.QUIET, 1, 1, 1, spec.formats(), false,
                Instant.parse("2026-03-02T10:00:00Z"))).hasMessageContaining("midnight");
    }

    @Test
    void aNonEmptyOutputDirectoryIsRefusedAndLeftAlone(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> TenantSimulator.run(SimulationSpec.defaults(Scenario.QUIET), directory))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not empty");
        assertThat(Files.readString(directory.resolve("keep.txt"))).isEqualTo("mine");
    }

    @Test
    void theTruthFileReadsBackAsWritten(@TempDir Path directory) throws IOException {
        SimulationSummary summary = TenantSimulator.run(Simulations.spec(Scenario.TOKEN_THEFT, 6, 1),
                directory.resolve("out"));
        assertThat(GroundTruth.read(summary.truthFile())).isEqualTo(summary.truth());
        assertThat(summary.evidenceFiles()).singleElement().satisfies(file ->
                assertThat(file).hasFileName("2026-03-02.jsonl").exists());
    }
}
