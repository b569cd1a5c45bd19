package io.osprey.cli;

import io.osprey.store.CaseException;
import io.osprey.store.ingest.Ingest;
import io.osprey.store.ingest.IngestListener;
import io.osprey.store.ingest.IngestSummary;
import io.osprey.store.ingest.SummaryJson;
import io.osprey.formats.FormatRegistry;
import io.osprey.formats.input.InputLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code osprey ingest CASE INPUT... [--json]}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads audit-log exports into the case, de-duplicated, and writes CASE/manifest.json.",
        footer = {"", "INPUT may be files or folders (searched recursively), gzip files and zip archives, in any",
                "supported format, recognized by content.",
                "Exit codes: 0 done, 1 fatal error, 2 usage error, 3 some input could not be recognized or read."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "the case directory (created when missing)")
    Path caseDirectory;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "INPUT", description = "files or folders to read")
    List<Path> inputs;

    @Option(names = "--json", description = "print a machine-readable summary (only JSON on standard output)")
    boolean json;

    @Option(names = "--max-decompressed-bytes", paramLabel = "BYTES",
            description = "the most bytes one gzip file or zip member may expand to (default: ${DEFAULT-VALUE});"
                    + " beyond 100 MiB an input may also expand at most 200 times its compressed size")
    long maxDecompressedBytes = InputLimits.defaults().maxDecompressedBytes();

    @Override
    public Integer call() {
        if (maxDecompressedBytes <= 0) {
            throw new ParameterException(spec.commandLine(), "--max-decompressed-bytes must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar progress = System.console() != null ? new ProgressBar(err) : null;
        InputLimits defaults = InputLimits.defaults();
        InputLimits limits = new InputLimits(maxDecompressedBytes, Math.min(defaults.ratioFreeBytes(),
                maxDecompressedBytes), defaults.maxRatio());
        Ingest ingest = new Ingest(FormatRegistry.defaults(), limits,
                progress != null ? progress : IngestListener.NONE);
        IngestSummary summary;
        try {
            summary = ingest.run(caseDirectory, inputs);
        } catch (CaseException e) {
            if (progress != null) {
                progress.clear();
            }
            err.println("osprey: " + e.getMessage());
            err.flush();
            return ExitCodes.FATAL;
        }
        if (progress != null) {
            progress.clear();
        }
        out.print(json ? SummaryJson.ofRun(summary) : SummaryText.of(summary, caseDirectory));
        out.flush();
        return summary.everyInputRead() ? ExitCodes.OK : ExitCodes.SOME_INPUT_NOT_READ;
    }
}
