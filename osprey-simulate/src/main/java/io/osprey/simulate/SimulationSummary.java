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
 * @param truth           the ground truth (the content of the truth file)
 */
public record SimulationSummary(Path outputDirectory, Path truthFile, List<Path> evidenceFiles, GroundTruth truth) {
    public SimulationSummary {
        evidenceFiles = List.copyOf(evidenceFiles);
    }

    public long uniqueRecordCount() {
        return truth.uniqueRecordCount();
    }

    public long duplicateRecordCount() {
        return truth.duplicateRecordCount();
    }
}
