package io.osprey.formats.json;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real public samples ({@code shared/samples/public}): the {@code OSPREY_SAMPLES} environment variable
 * or the {@code osprey.samples} system property when set, else the first {@code shared/samples/public} found
 * walking up from the working directory. Tests fail (they do not skip) when the samples cannot be found.
 */
public final class PublicSamples {
    private PublicSamples() {
    }

    public static Path directory() {
        String configured = System.getProperty("osprey.samples", System.getenv("OSPREY_SAMPLES"));
        if (configured != null && !configured.isBlank()) {
            return existing(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("samples").resolve("public");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("public samples not found: set OSPREY_SAMPLES to shared/samples/public");
    }

    public static Path file(String name) {
        return existing(directory().resolve(name));
    }

    private static Path existing(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("public sample not found: " + path);
        }
        return path;
    }
}
