package io.osprey.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.simulate.OutputFormat;
import io.osprey.simulate.Scenario;
import io.osprey.simulate.SimulationSpec;
import io.osprey.simulate.SimulationSummary;
import io.osprey.simulate.TenantSimulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code osprey simulate OUTDIR --scenario NAME [--seed N] [--users N] [--days N] [--format F]... [--overlap]}. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Writes a synthetic tenant's audit evidence with a planted incident, and its ground truth"
                + " (OUTDIR/truth.json).",
        footer = {"", "Scenarios: token-theft, password-spray, oauth-app, throttled, tenant-takeover, quiet (benign"
                + " only), full (all incidents in one tenant).",
                "Formats: management-activity-json (default), purview-csv, unified-audit-log-csv, graph-audit-json,"
                        + " office-activity-json.",
                "Evidence goes to OUTDIR/evidence/<format>/<date>.<ext>; the same seed writes the same bytes.",
                "Exit codes: 0 done, 1 fatal error, 2 usage error."})
public final class SimulateCommand implements Callable<Integer> {
    private static final int OK = 0;
    private static final int FATAL = 1;
    private static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUTDIR", description = "a new (or empty) directory to write into")
    Path outputDirectory;

    @Option(names = "--scenario", required = true, paramLabel = "NAME", description = "the planted incident")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--users", paramLabel = "N", description = "users (mailboxes) in the tenant (default: "
            + "${DEFAULT-VALUE})")
    int users = 25;

    @Option(names = "--days", paramLabel = "N", description = "days to simulate (default: ${DEFAULT-VALUE})")
    int days = 7;

    @Option(names = "--format", paramLabel = "F", description = "an evidence format; repeat for several (the same"
            + " records in each)")
    List<String> formats;

    @Option(names = "--overlap", description = "also write a second acquisition repeating the second half of the"
            + " period (duplicates across files)")
    boolean overlap;

    @Option(names = "--json", description = "print a machine-readable summary (only JSON on standard output)")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SimulationSpec simulation;
        try {
            simulation = simulationSpec();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        SimulationSummary summary;
        try {
            summary = TenantSimulator.run(simulation, outputDirectory);
        } catch (IllegalArgumentException e) {
            err.println("osprey: " + e.getMessage());
            err.flush();
            return USAGE;
        } catch (IOException e) {
            err.println("osprey: cannot write the simulation: " + e.getMessage());
            err.flush();
            return FATAL;
        }
        out.print(json ? json(simulation, summary) : text(simulation, summary));
        out.flush();
        return OK;
    }

    private SimulationSpec simulationSpec() {
        List<OutputFormat> chosen = formats == null || formats.isEmpty()
                ? List.of(OutputFormat.MANAGEMENT_ACTIVITY_JSON)
                : formats.stream().map(OutputFormat::parse).toList();
        return new SimulationSpec(Scenario.parse(scenario), seed, users, days, chosen, overlap,
                SimulationSpec.DEFAULT_START);
    }

    private static String text(SimulationSpec simulation, SimulationSummary summary) {
        StringBuilder text = new StringBuilder();
        text.append("Simulated ").append(simulation.scenario().cliName()).append(": ")
                .append(count(summary.uniqueRecordCount())).append(" records, ")
                .append(simulation.users()).append(" users, ").append(simulation.days()).append(" days from ")
                .append(simulation.start()).append(" (seed ").append(simulation.seed()).append(")\n");
        if (simulation.overlap()) {
            text.append("Second acquisition: ").append(count(summary.duplicateRecordCount()))
                    .append(" records repeated\n");
        }
        text.append("Evidence: ").append(summary.outputDirectory().resolve(TenantSimulator.EVIDENCE)).append(" (")
                .append(String.join(", ", simulation.formats().stream().map(OutputFormat::formatName).toList()))
                .append(", ").append(summary.evidenceFiles().size()).append(" files)\n");
        text.append("Planted: ").append(summary.truth().attackerContexts().size()).append(" attacker contexts, ")
                .append(summary.truth().mailboxVerdicts().size()).append(" mailboxes with a verdict, ")
                .append(summary.truth().tenantFindings().size()).append(" expected findings\n");
        text.append("Message trace: ").append(summary.messageTraceDirectory()).append(" (")
                .append(summary.messageTraceFiles().size()).append(" attacked mailboxes, for osprey report --message-trace)\n");
        text.append("Truth: ").append(summary.truthFile()).append('\n');
        return text.toString();
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String json(SimulationSpec simulation, SimulationSummary summary) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", simulation.scenario().cliName());
        root.put("seed", simulation.seed());
        root.put("users", simulation.users());
        root.put("days", simulation.days());
        root.put("startUtc", simulation.start().toString());
        root.put("endUtc", simulation.end().toString());
        root.put("uniqueRecordCount", summary.uniqueRecordCount());
        root.put("duplicateRecordCount", summary.duplicateRecordCount());
        root.put("evidenceDirectory", summary.outputDirectory().resolve(TenantSimulator.EVIDENCE).toString());
        root.put("messageTraceDirectory", summary.messageTraceDirectory().toString());
        root.put("truth", summary.truthFile().toString());
        ArrayNode files = root.putArray("files");
        summary.evidenceFiles().forEach(file -> files.add(file.toString()));
        return root.toString() + "\n";
    }
}
