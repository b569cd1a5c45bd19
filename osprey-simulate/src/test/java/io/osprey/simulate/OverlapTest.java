package io.osprey.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.simulate.output.EvidenceFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OverlapTest {
    @Test
    void theSecondAcquisitionRepeatsTheSecondHalfOfTheRecords() {
        SimulationSummary summary = Simulations.run(FormatsTest.ALL_FORMATS);
        Path second = summary.outputDirectory().resolve(TenantSimulator.EVIDENCE)
                .resolve(OutputFormat.MANAGEMENT_ACTIVITY_JSON.formatName()).resolve(EvidenceFiles.SECOND_ACQUISITION);
        List<JsonNode> repeated = Simulations.jsonLines(Simulations.files(second));
        List<JsonNode> first = Simulations.records(summary);

        assertThat(repeated).hasSize((int) summary.duplicateRecordCount()).isNotEmpty();
        assertThat(summary.duplicateRecordCount()).isLessThan(summary.uniqueRecordCount());
        Set<String> firstIds = first.stream().map(JsonNode::toString).collect(Collectors.toSet());
        assertThat(firstIds).containsAll(repeated.stream().map(JsonNode::toString).toList());
        Set<String> all = new HashSet<>(firstIds);
        repeated.forEach(record -> all.add(record.toString()));
        assertThat(all).hasSize((int) summary.uniqueRecordCount());
        String overlapStart = FormatsTest.ALL_FORMATS.overlapStart().toString().replace("Z", "");
        assertThat(repeated).allSatisfy(record ->
                assertThat(record.path("CreationTime").asText()).isGreaterThanOrEqualTo(overlapStart));
        for (OutputFormat format : OutputFormat.values()) {
            assertThat(Simulations.files(summary.outputDirectory().resolve(TenantSimulator.EVIDENCE)
                    .resolve(format.formatName()).resolve(EvidenceFiles.SECOND_ACQUISITION))).isNotEmpty();
        }
    }
}
