package io.osprey.simulate.output;

import com.fasterxml.jackson.core.JsonFactory;
import io.osprey.simulate.OutputFormat;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.JsonText;
import io.osprey.simulate.tenant.RandomIds;
import io.osprey.simulate.tenant.Seeds;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the evidence files: one file per format and day, {@code evidence/<format>/<yyyy-MM-dd>.<ext>}. With an
 * overlap start, records from that time on are written a second time, as a second acquisition that overlaps
 * the first: {@code evidence/<format>/second-acquisition/<yyyy-MM-dd>.<ext>}.
 */
public final class EvidenceFiles implements RecordSink {
    public static final String SECOND_ACQUISITION = "second-acquisition";
    private static final int BUFFER = 1 << 16;

    private final Path evidence;
    private final List<OutputFormat> formats;
    private final long overlapStart;
    private final String workspaceTenantId;
    private final long seed;
    private final JsonFactory factory = new JsonFactory();
    private final List<Path> written = new ArrayList<>();
    private RecordWriter[] primary = new RecordWriter[0];
    private RecordWriter[] overlap;
    private LocalDate day;
    private long duplicates;

    /**
     * @param overlapStart epoch seconds from which records are also written to the second acquisition, or
     *                     {@link Long#MAX_VALUE} for none
     */
    public EvidenceFiles(Path evidence, List<OutputFormat> formats, long overlapStart, String workspaceTenantId,
                         long seed) {
        this.evidence = evidence;
        this.formats = List.copyOf(formats);
        this.overlapStart = overlapStart;
        this.workspaceTenantId = workspaceTenantId;
        this.seed = seed;
    }

    @Override
    public void startDay(LocalDate next) throws IOException {
        closeWriters();
        day = next;
        primary = open(false);
    }

    @Override
    public void accept(AuditRecord record) throws IOException {
        for (RecordWriter writer : primary) {
            writer.write(record);
        }
        if (record.creationTime() >= overlapStart) {
            if (overlap == null) {
                overlap = open(true);
            }
            for (RecordWriter writer : overlap) {
                writer.write(record);
            }
            duplicates++;
        }
    }

    @Override
    public long duplicatesWritten() {
        return duplicates;
    }

    /** The files written so far, in the order they were opened. */
    public List<Path> files() {
        return List.copyOf(written);
    }

    @Override
    public void close() throws IOException {
        closeWriters();
    }

    private RecordWriter[] open(boolean second) throws IOException {
        RecordWriter[] writers = new RecordWriter[formats.size()];
        for (int index = 0; index < writers.length; index++) {
            OutputFormat format = formats.get(index);
            Path directory = second ? evidence.resolve(format.formatName()).resolve(SECOND_ACQUISITION)
                    : evidence.resolve(format.formatName());
            Files.createDirectories(directory);
            Path file = directory.resolve(day + "." + format.extension());
            written.add(file);
            OutputStream output = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
            writers[index] = writer(format, output, second);
        }
        return writers;
    }

    private RecordWriter writer(OutputFormat format, OutputStream output, boolean second) throws IOException {
        return switch (format) {
            case MANAGEMENT_ACTIVITY_JSON -> new ManagementActivityJsonWriter(factory, output);
            case GRAPH_AUDIT_JSON -> new GraphAuditJsonWriter(factory, output);
            case OFFICE_ACTIVITY_JSON -> new OfficeActivityJsonWriter(factory, output, workspaceTenantId);
            case PURVIEW_CSV -> new PurviewCsvWriter(new JsonText(factory), output);
            case UNIFIED_AUDIT_LOG_CSV -> new UnifiedAuditLogCsvWriter(new JsonText(factory), output,
                    RandomIds.guid(Seeds.stream(seed, Seeds.FILES, day.toEpochDay(), second ? 2 : 1)));
        };
    }

    private void closeWriters() throws IOException {
        IOException failure = null;
        for (RecordWriter[] writers : new RecordWriter[][]{primary, overlap == null ? new RecordWriter[0] : overlap}) {
            for (RecordWriter writer : writers) {
                try {
                    writer.close();
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                }
            }
        }
        primary = new RecordWriter[0];
        overlap = null;
        if (failure != null) {
            throw failure;
        }
    }
}
