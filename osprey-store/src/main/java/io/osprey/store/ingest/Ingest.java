package io.osprey.store.ingest;

import io.osprey.formats.FormatRegistry;
import io.osprey.formats.input.EvidenceCatalog;
import io.osprey.formats.input.InputExpander;
import io.osprey.formats.input.InputLimits;
import io.osprey.store.CaseException;
import io.osprey.store.CaseStore;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code osprey ingest CASE INPUT...}: expands the inputs, reads every record into the case in one
 * transaction, then rewrites {@code CASE/manifest.json} from the case. The library never prints; progress goes
 * to the {@link IngestListener}.
 */
public final class Ingest {
    private final FormatRegistry registry;
    private final InputLimits limits;
    private final IngestListener listener;

    public Ingest(FormatRegistry registry, InputLimits limits, IngestListener listener) {
        this.registry = registry;
        this.limits = limits;
        this.listener = listener;
    }

    /** The shipped readers and default decompression limits, without progress reports. */
    public static Ingest withDefaults() {
        return new Ingest(FormatRegistry.defaults(), InputLimits.defaults(), IngestListener.NONE);
    }

    /**
     * Ingests the inputs into the case (created when missing) and returns this run's summary.
     *
     * @throws CaseException when the case cannot be opened or written; the case is then as it was before
     */
    public IngestSummary run(Path caseDirectory, List<Path> inputs) throws CaseException {
        try (CaseStore store = CaseStore.open(caseDirectory);
             EvidenceCatalog catalog = new InputExpander(limits).expand(inputs, caseDirectory)) {
            IngestSummary summary;
            try {
                summary = new IngestRun(store.directory(), store.connection(), registry, listener)
                        .execute(catalog.inputs());
            } catch (SQLException e) {
                throw new CaseException("ingest failed, the case is unchanged: " + CaseStore.firstLine(e), e);
            } catch (IOException e) {
                throw new CaseException("ingest failed, the case is unchanged: cannot write in the case directory: "
                        + e.getMessage(), e);
            }
            writeManifest(store);
            return summary;
        }
    }

    /** Rewrites {@code manifest.json} from the case's {@code inputs} table. */
    public static IngestSummary writeManifest(CaseStore store) throws CaseException {
        try {
            IngestSummary manifest = Manifest.of(InputsTable.all(store.connection()));
            ManifestFile.write(store.manifestPath(), SummaryJson.ofManifest(manifest));
            return manifest;
        } catch (SQLException | IOException e) {
            throw new CaseException("the case was updated but " + store.manifestPath()
                    + " could not be written (the next ingest rewrites it): " + e.getMessage(), e);
        }
    }
}
