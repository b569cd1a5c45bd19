package io.osprey.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.simulate.truth.GroundTruth;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QuietScenarioTest {
    @Test
    void theQuietTenantHasNoAttackerAndNoAttackerRecord() {
        SimulationSummary quiet = Simulations.run(Simulations.spec(Scenario.QUIET, 14, 3));
        GroundTruth truth = quiet.truth();

        assertThat(truth.attackerContexts()).isEmpty();
        assertThat(truth.iocs()).isEmpty();
        assertThat(truth.attackerRecordIds()).isEmpty();
        assertThat(truth.attackerAccessedMessages()).isEmpty();
        assertThat(truth.attackerSyncedFolders()).isEmpty();
        assertThat(truth.throttledWindows()).isEmpty();
        assertThat(truth.tenantFindings()).isEmpty();
        assertThat(truth.mailboxVerdicts()).isEmpty();
        assertThat(truth.uniqueRecordCount()).isPositive();
    }

    @Test
    void noAddressOrSessionOfTheFullScenariosAttackersAppearsInTheQuietTenant() {
        SimulationSummary quiet = Simulations.run(Simulations.spec(Scenario.QUIET, 14, 3));
        SimulationSummary full = Simulations.run(Simulations.spec(Scenario.FULL, 14, 3));
        Set<String> attackerValues = new HashSet<>();
        for (GroundTruth.AttackerContext context : full.truth().attackerContexts()) {
            attackerValues.addAll(context.clientIps());
            if (context.sessionId() != null) {
                attackerValues.add(context.sessionId());
            }
        }
        assertThat(attackerValues).hasSizeGreaterThan(8);

        List<JsonNode> records = Simulations.records(quiet);
        assertThat(records).hasSize((int) quiet.uniqueRecordCount());
        for (JsonNode record : records) {
            String text = record.toString();
            for (String value : attackerValues) {
                assertThat(text).as(record.path("Id").asText()).doesNotContain(value);
            }
            assertThat(record.path("Operation").asText()).isNotIn("Set domain authentication.",
                    "Add service principal credentials.", "Add app role assignment to service principal.",
                    "Consent to application.");
        }
    }
}
