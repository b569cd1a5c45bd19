package io.osprey.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the real public audit records are: OSPREY_SAMPLES, else {@code shared/samples/public} up the tree. */
final class PublicSamplesFolder {
    private PublicSamplesFolder() {
    }

    /** OSPREY_SAMPLES, else {@code shared/samples/public} beside one of the working directory's ancestors. */
    static Path locate() {
        String configured = System.getenv("OSPREY_SAMPLES");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("shared/samples/public");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("public samples not found: set OSPREY_SAMPLES");
    }
}
