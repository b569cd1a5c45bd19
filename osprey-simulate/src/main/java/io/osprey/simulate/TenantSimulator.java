package io.osprey.simulate;

import io.osprey.simulate.output.EvidenceFiles;
import io.osprey.simulate.output.RecordSink;
import io.osprey.simulate.trace.MessageTraceWriter;
import io.osprey.simulate.truth.GroundTruth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tenant simulator's entry point: writes a synthetic tenant's audit evidence with the planted incident of a
 * scenario, and the ground truth ({@code truth.json}) an investigation must reproduce.
 *
 * <pre>
 * SimulationSummary summary = TenantSimulator.run(SimulationSpec.defaults(Scenario.FULL), outDir);
 * </pre>
 * Output: {@code OUTDIR/evidence/<format>/<yyyy-MM-dd>.<ext>} (plus {@code second-acquisition/} with overlap),
 * the message trace of the attacked mailboxes as {@code Get-MessageTraceV2 | Export-Csv} writes it
 * ({@code OUTDIR/message-trace/<upn>.csv}, outside the evidence: it is no audit log) and {@code OUTDIR/truth.json}. The same spec always writes the same bytes.
 */
public final class TenantSimulator {
    public static final String EVIDENCE = "evidence";
    public static final String TRUTH = "truth.json";
    public static final String MESSAGE_TRACE = "message-trace";

    private TenantSimulator() {
    }

    /**
     * Simulates into {@code outputDirectory}, which must not exist or be empty. On failure, whatever was
     * written is removed.
     */
    public static SimulationSummary run(SimulationSpec spec, Path outputDirectory) throws IOException {
        requireEmpty(outputDirectory);
        Files.createDirectories(outputDirectory);
        SimulationRun run = new SimulationRun(spec);
        long overlapStart = spec.overlap() ? spec.overlapStart().getEpochSecond() : Long.MAX_VALUE;
        EvidenceFiles files = new EvidenceFiles(outputDirectory.resolve(EVIDENCE), spec.formats(), overlapStart,
                run.workspaceTenantId(), spec.seed());
        try {
            GroundTruth truth;
            try (files) {
                truth = run.execute(files);
            }
            List<Path> traceFiles = MessageTraceWriter.write(run.messageTrace().mailByMailbox(),
                    run.organizationName(), outputDirectory.resolve(MESSAGE_TRACE));
            Path truthFile = outputDirectory.resolve(TRUTH);
            Path partial = outputDirectory.resolve(TRUTH + ".partial");
            truth.write(partial);
            Files.move(partial, truthFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new SimulationSummary(outputDirectory, truthFile, files.files(), traceFiles, truth);
        } catch (IOException | RuntimeException failure) {
            removeContents(outputDirectory);
            throw failure;
        }
    }

    /** Simulates into any sink (no files, no truth file): for benchmarks and tests. */
    public static GroundTruth run(SimulationSpec spec, RecordSink sink) throws IOException {
        return new SimulationRun(spec).execute(sink);
    }

    private static void requireEmpty(Path directory) throws IOException {
        if (Files.exists(directory)) {
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException(directory + " exists and is not a directory");
            }
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(directory + " is not empty; simulate into a new directory");
                }
            }
        }
    }

    private static void removeContents(Path directory) {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(path -> !path.equals(directory)).forEach(paths::add);
        } catch (IOException ignored) {
            return;
        }
        paths.sort(Comparator.reverseOrder());
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // best effort: the original failure is what the caller reports
            }
        }
    }
}
