package io.osprey.simulate;

import io.osprey.simulate.truth.GroundTruth;

import java.nio.file.Path;
import java.util.List;

/**
 * What a simulation wrote.
 *
 * @param outputDirectory the OUTDIR
 * @param truthFile       {@code OUTDIR/truth.json}
 * @param evidenceFiles   every evidence file, in the order written
 * @param messageTraceFiles the message trace files, one per attacked mailbox
 * @param truth           the ground truth (the content of the truth file)
 */
public record SimulationSummary(Path outputDirectory, Path truthFile, List<Path> evidenceFiles,
                                List<Path> messageTraceFiles, GroundTruth truth) {
    public SimulationSummary {
        evidenceFiles = List.copyOf(evidenceFiles);
        messageTraceFiles = List.copyOf(messageTraceFiles);
    }

    /** {@code OUTDIR/message-trace/}: the attacked mailboxes' message trace, one CSV per mailbox. */
    public Path messageTraceDirectory() {
        return outputDirectory.resolve(TenantSimulator.MESSAGE_TRACE);
    }

    public long uniqueRecordCount() {
        return truth.uniqueRecordCount();
    }

    public long duplicateRecordCount() {
        return truth.duplicateRecordCount();
    }
}
