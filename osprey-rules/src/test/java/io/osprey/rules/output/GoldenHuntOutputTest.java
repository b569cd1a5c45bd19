package io.osprey.rules.output;

import io.osprey.rules.Events;
import io.osprey.rules.Hunt;
import io.osprey.rules.HuntRequest;
import io.osprey.rules.HuntResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hunt's written output for the real Purview export, compared with reviewed golden files. Run with
 * {@code -Dosprey.updateGolden=true} to rewrite them after an intended change, then review the diff.
 */
class GoldenHuntOutputTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("osprey.updateGolden");

    @Test
    void huntressPurviewExport(@TempDir Path hunt) throws Exception {
        HuntResult result = Hunt.run(HuntRequest.defaults(),
                Events.fromPurviewCsv(Events.PUBLIC_SAMPLES.resolve("huntress2023_rogue_inbox_purview.csv")));
        HuntWriter.write(result, hunt);
        compare(hunt.resolve("findings.json"), "huntress-findings.json");
        compare(hunt.resolve("sparrow/ServicePrincipal_Operations_Export.csv"),
                "huntress-ServicePrincipal_Operations_Export.csv");
    }

    private static void compare(Path written, String goldenName) throws Exception {
        Path golden = GOLDEN.resolve(goldenName);
        String actual = Files.readString(written, StandardCharsets.UTF_8);
        if (UPDATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("%s (rewrite with -Dosprey.updateGolden=true and review the diff)", goldenName)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
