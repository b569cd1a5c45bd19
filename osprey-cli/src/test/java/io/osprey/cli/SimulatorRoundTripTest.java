package io.osprey.cli;

import io.osprey.formats.FormatRegistry;
import io.osprey.formats.input.InputLimits;
import io.osprey.model.AuditEvent;
import io.osprey.simulate.OutputFormat;
import io.osprey.simulate.Scenario;
import io.osprey.simulate.SimulationSpec;
import io.osprey.simulate.SimulationSummary;
import io.osprey.simulate.TenantSimulator;
import io.osprey.store.CaseEvents;
import io.osprey.store.CaseStore;
import io.osprey.store.ingest.Ingest;
import io.osprey.store.ingest.IngestListener;
import io.osprey.store.ingest.IngestSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Every format the simulator writes ingests with exact counts and the same normalized records. */
class SimulatorRoundTripTest {
    @TempDir
    Path temp;

    @Test
    void everySimulatorFormatIngestsToTheSameRecords() throws Exception {
        Map<String, Map<String, String>> eventsByFormat = new TreeMap<>();
        long unique = -1;
        for (OutputFormat format : OutputFormat.values()) {
            Path out = temp.resolve(format.name());
            SimulationSummary simulation = TenantSimulator.run(SimulationSpec.defaults(Scenario.FULL)
                    .withUsers(12).withDays(2).withFormats(List.of(format)), out);
            unique = simulation.truth().uniqueRecordCount();
            Path caseDirectory = temp.resolve("case-" + format.name());
            IngestSummary summary = new Ingest(FormatRegistry.defaults(), InputLimits.defaults(), IngestListener.NONE)
                    .run(caseDirectory, List.of(out.resolve("evidence")));
            assertThat(summary.everyInputRead()).as(format.name()).isTrue();
            assertThat(summary.rejected()).as(format.name()).isZero();
            assertThat(summary.duplicates()).as(format.name()).isZero();
            assertThat(summary.recordsIngested()).as(format.name()).isEqualTo(unique);
            eventsByFormat.put(format.name(), comparable(caseDirectory, format == OutputFormat.OFFICE_ACTIVITY_JSON));
        }
        assertThat(unique).isPositive();
        Map<String, String> reference = eventsByFormat.get(OutputFormat.MANAGEMENT_ACTIVITY_JSON.name());
        assertThat(reference).hasSize((int) unique);
        eventsByFormat.forEach((format, events) -> assertThat(events).as(format).isEqualTo(
                format.equals(OutputFormat.OFFICE_ACTIVITY_JSON.name()) ? withoutSessions(reference) : reference));
    }

    @Test
    void overlappingAcquisitionsAreCountedAsDuplicates() throws Exception {
        Path out = temp.resolve("overlap");
        SimulationSummary simulation = TenantSimulator.run(SimulationSpec.defaults(Scenario.TOKEN_THEFT)
                .withUsers(6).withDays(2).withOverlap(true), out);
        IngestSummary summary = new Ingest(FormatRegistry.defaults(), InputLimits.defaults(), IngestListener.NONE)
                .run(temp.resolve("case"), List.of(out.resolve("evidence")));
        assertThat(simulation.truth().duplicateRecordCount()).isPositive();
        assertThat(summary.recordsIngested()).isEqualTo(simulation.truth().uniqueRecordCount());
        assertThat(summary.duplicates()).isEqualTo(simulation.truth().duplicateRecordCount());
    }

    /** Record key to the normalized facts analyses use (not the raw text, whose envelope differs by format). */
    private static Map<String, String> comparable(Path caseDirectory, boolean withoutSession) throws Exception {
        Map<String, String> events = new TreeMap<>();
        List<AuditEvent> all = new ArrayList<>();
        try (CaseStore store = CaseStore.open(caseDirectory)) {
            new CaseEvents(store).forEach(all::add);
        }
        for (AuditEvent event : all) {
            events.put(event.key().asText(), String.join("|", event.operation(), event.userId(),
                    String.valueOf(event.clientAddress().normalized()), withoutSession ? "-" : String.valueOf(event.sessionId()),
                    String.valueOf(event.mailboxOwnerUpn()), String.valueOf(event.clientInfoString()),
                    String.valueOf(event.mailAccess())));
        }
        return events;
    }

    private static Map<String, String> withoutSessions(Map<String, String> reference) {
        Map<String, String> copy = new TreeMap<>();
        reference.forEach((key, value) -> {
            String[] parts = value.split("\\|", -1);
            parts[3] = "-";
            copy.put(key, String.join("|", parts));
        });
        return copy;
    }
}
