package io.osprey.collect.checkpoint;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.collect.CollectException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code CASE/acquisition.json}: the acquisition manifest and the checkpoint a new run continues from. The
 * file holds every acquisition made in the case; this object owns one of them. It is rewritten whole under a
 * temporary name and renamed over the old file, so it is never half-written. Windows and pages are saved at
 * once; blob completions may be batched (see {@code minimumInterval}) because a blob's evidence file, renamed
 * into place only when complete, already proves it was saved.
 */
public final class Checkpoint {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final int FORMAT_VERSION = 1;

    private final Path file;
    private final List<JsonNode> others;
    private final AcquisitionState state;
    private final Duration minimumInterval;
    private final Clock clock;
    private Instant lastSaved = Instant.MIN;
    private boolean dirty;

    private Checkpoint(Path file, List<JsonNode> others, AcquisitionState state, Duration minimumInterval,
                       Clock clock) {
        this.file = file;
        this.others = others;
        this.state = state;
        this.minimumInterval = minimumInterval;
        this.clock = clock;
    }

    /** Loads the file (if any) and takes the acquisition with the identity's fingerprint, or starts one. */
    public static Checkpoint open(Path file, AcquisitionIdentity identity, Duration minimumInterval, Clock clock) {
        List<JsonNode> others = new ArrayList<>();
        AcquisitionState mine = null;
        if (Files.isRegularFile(file)) {
            try {
                JsonNode root = MAPPER.readTree(file.toFile());
                for (JsonNode acquisition : root.path("acquisitions")) {
                    if (identity.fingerprint().equals(acquisition.path("fingerprint").asText())) {
                        mine = MAPPER.treeToValue(acquisition, AcquisitionState.class);
                    } else {
                        others.add(acquisition);
                    }
                }
            } catch (IOException e) {
                throw new CollectException("cannot read the checkpoint " + file + ": " + e.getMessage());
            }
        }
        return new Checkpoint(file, others, mine == null ? new AcquisitionState(identity) : mine,
                minimumInterval, clock);
    }

    public Path file() {
        return file;
    }

    public synchronized <T> T read(Function<AcquisitionState, T> reader) {
        return reader.apply(state);
    }

    /** Changes the state and saves it now. */
    public synchronized void update(Consumer<AcquisitionState> change) {
        change.accept(state);
        save();
    }

    /** Changes the state and saves it unless the last save is more recent than the minimum interval. */
    public synchronized void updateLazily(Consumer<AcquisitionState> change) {
        change.accept(state);
        dirty = true;
        if (!clock.instant().isBefore(lastSaved.plus(minimumInterval))) {
            save();
        }
    }

    /** Saves pending lazy changes. */
    public synchronized void flush() {
        if (dirty) {
            save();
        }
    }

    private void save() {
        state.holes = CoverageHoles.of(state);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("description", "Osprey acquisition manifest and checkpoint: every window asked of each API,"
                + " what came back, retries, and what could not be completed (holes).");
        ArrayNode acquisitions = root.putArray("acquisitions");
        others.forEach(acquisitions::add);
        acquisitions.add(MAPPER.valueToTree(state));
        Path temporary = file.resolveSibling("." + file.getFileName() + ".partial");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            MAPPER.writeValue(temporary.toFile(), root);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CollectException("cannot write the checkpoint " + file + ": " + e.getMessage());
        }
        lastSaved = clock.instant();
        dirty = false;
    }
}
