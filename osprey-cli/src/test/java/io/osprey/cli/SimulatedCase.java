package io.osprey.cli;

import io.osprey.formats.FormatRegistry;
import io.osprey.formats.input.InputLimits;
import io.osprey.simulate.Scenario;
import io.osprey.simulate.SimulationSpec;
import io.osprey.simulate.TenantSimulator;
import io.osprey.simulate.truth.GroundTruth;
import io.osprey.store.ingest.Ingest;
import io.osprey.store.ingest.IngestListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small simulated tenant ingested into a case, with its truth and an IOC file of the truth's indicators. */
record SimulatedCase(Path caseDirectory, GroundTruth truth, Path iocFile) {
    static SimulatedCase create(Scenario scenario, int users, int days, Path directory) throws Exception {
        Path simulation = directory.resolve("simulation");
        GroundTruth truth = TenantSimulator.run(SimulationSpec.defaults(scenario).withUsers(users).withDays(days),
                simulation).truth();
        Path caseDirectory = directory.resolve("case");
        new Ingest(FormatRegistry.defaults(), InputLimits.defaults(), IngestListener.NONE)
                .run(caseDirectory, List.of(simulation.resolve(TenantSimulator.EVIDENCE)));
        Path iocFile = Files.write(directory.resolve("iocs.txt"), truth.iocs());
        return new SimulatedCase(caseDirectory, truth, iocFile);
    }

    GroundTruth.AttackerContext context(String label) {
        return truth.attackerContexts().stream().filter(context -> context.label().equals(label)).findFirst()
                .orElseThrow();
    }
}
