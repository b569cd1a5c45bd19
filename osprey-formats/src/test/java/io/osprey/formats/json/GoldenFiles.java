package io.osprey.formats.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares a rendering with its golden file under src/test/resources. With {@code -Dosprey.updateGolden=true}
 * the golden file is (re)written instead, to be reviewed as a diff.
 */
final class GoldenFiles {
    private GoldenFiles() {
    }

    static void assertMatches(Path golden, String actual) {
        try {
            if (Boolean.getBoolean("osprey.updateGolden")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(golden).as("golden file (run with -Dosprey.updateGolden=true to create it)").exists();
            assertThat(actual).as("output compared with %s", golden)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
