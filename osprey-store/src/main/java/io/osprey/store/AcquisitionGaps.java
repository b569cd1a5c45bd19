package io.osprey.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.osprey.model.CoverageGap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the coverage holes {@code osprey collect} recorded in {@code CASE/acquisition.json} (every acquisition's
 * {@code holes}), so investigation and report can show them without depending on the collector. A case without
 * the file was not collected by Osprey and has no recorded gaps.
 */
public final class AcquisitionGaps {
    public static final String FILE = "acquisition.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AcquisitionGaps() {
    }

    /** The case's recorded gaps, in manifest order, each once; empty when the case has no acquisition.json. */
    public static List<CoverageGap> read(Path caseDirectory) throws IOException {
        Path file = caseDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode root = MAPPER.readTree(file.toFile());
        Set<CoverageGap> gaps = new LinkedHashSet<>();
        for (JsonNode acquisition : root.path("acquisitions")) {
            for (JsonNode hole : acquisition.path("holes")) {
                gaps.add(gap(hole, file));
            }
        }
        return new ArrayList<>(gaps);
    }

    private static CoverageGap gap(JsonNode hole, Path file) throws IOException {
        try {
            return new CoverageGap(hole.path("source").asText(), time(hole.path("startUtc")),
                    time(hole.path("endUtc")), hole.path("unit").asText(), hole.path("reason").asText());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IOException(file + ": a coverage hole is malformed: " + e.getMessage(), e);
        }
    }

    private static Instant time(JsonNode value) {
        return value.isTextual() ? Instant.parse(value.asText()) : null;
    }
}
