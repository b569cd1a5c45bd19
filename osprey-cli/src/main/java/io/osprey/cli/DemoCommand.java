package io.osprey.cli;

import io.osprey.analysis.Ioc;
import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.InvestigationResult;
import io.osprey.formats.FormatRegistry;
import io.osprey.formats.input.InputLimits;
import io.osprey.model.AuditEvent;
import io.osprey.report.messagetrace.MessageTraceRead;
import io.osprey.report.messagetrace.MessageTraceReader;
import io.osprey.rules.HuntException;
import io.osprey.rules.HuntRequest;
import io.osprey.rules.HuntResult;
import io.osprey.simulate.Scenario;
import io.osprey.simulate.SimulationSpec;
import io.osprey.simulate.SimulationSummary;
import io.osprey.simulate.TenantSimulator;
import io.osprey.store.CaseException;
import io.osprey.store.ingest.Ingest;
import io.osprey.store.ingest.IngestListener;
import io.osprey.store.ingest.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code osprey demo}: simulate the full scenario, ingest it, investigate with its IOCs, hunt, report with the
 * simulated message trace.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Simulates a compromised tenant (the full scenario), ingests it into a fresh case, investigates,"
                + " hunts and reports; prints the report's path last.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "where the demo goes (default: ${DEFAULT-VALUE})")
    Path directory = Path.of("osprey-demo");

    @Option(names = "--seed", description = "the simulation seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (Files.exists(directory) && Files.list(directory).findAny().isPresent()) {
                spec.commandLine().getErr().println("osprey: " + directory + " is not empty; choose another --dir");
                return ExitCodes.FATAL;
            }
            Path evidence = directory.resolve("simulation");
            Path caseDirectory = directory.resolve("case");
            SimulationSummary simulation = TenantSimulator.run(SimulationSpec.defaults(Scenario.FULL).withSeed(seed),
                    evidence);
            out.println("simulated the full scenario: " + simulation.evidenceFiles().size() + " evidence files, truth in "
                    + simulation.truthFile());
            IngestSummary ingest = new Ingest(FormatRegistry.defaults(), InputLimits.defaults(), IngestListener.NONE)
                    .run(caseDirectory, List.of(evidence.resolve("evidence")));
            out.print(SummaryText.of(ingest, caseDirectory));
            CaseWorkflow workflow = new CaseWorkflow(caseDirectory);
            List<AuditEvent> events = workflow.events();
            InvestigationRequest.Builder request = InvestigationRequest.builder();
            simulation.truth().iocs().forEach(ioc -> request.ioc(Ioc.parse(ioc)));
            InvestigationRequest investigationRequest = request.build();
            InvestigationResult investigation = workflow.investigate(investigationRequest, events);
            InvestigationRequestFile.write(investigationRequest, InvestigationRequestFile.in(workflow.investigationDir()));
            out.println("investigation (IOCs from the simulation's truth): " + workflow.investigationDir());
            HuntResult hunt = workflow.hunt(HuntRequest.builder()
                    .attackerContexts(AttackerIndicators.of(investigationRequest.iocs())).build(), events);
            out.println("hunt: " + hunt.findings().size() + " findings in " + workflow.huntDir());
            MessageTraceRead trace = MessageTraceReader.readAll(List.of(simulation.messageTraceDirectory()));
            out.println("message trace: " + trace.rows().size() + " rows from " + trace.files().size() + " files");
            out.println(workflow.report(investigation, hunt, events, trace.rows()).toAbsolutePath());
            out.flush();
            return ExitCodes.OK;
        } catch (IOException | CaseException | HuntException e) {
            spec.commandLine().getErr().println("osprey: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
