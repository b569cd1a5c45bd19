package io.osprey.formats.csv;

import io.osprey.formats.FormatReader;
import io.osprey.formats.StringInputText;
import io.osprey.model.SourceRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a sample with a reader, checks its counts and compares everything it yielded with the golden file.
 * With {@code -Dosprey.updateGolden=true} the golden file is (re)written instead, to be reviewed as a diff.
 */
final class CsvGolden {
    private CsvGolden() {
    }

    static CsvReaderRun check(FormatReader reader, String sample, int records, int rejections, int degraded) {
        return check(reader, CsvReaderRun.resource(reader.name(), sample), sample, records, rejections, degraded);
    }

    static CsvReaderRun check(FormatReader reader, StringInputText input, String sample, int records, int rejections,
                              int degraded) {
        CsvReaderRun run = CsvReaderRun.of(reader, input);
        assertThat(run.records()).as("records of %s", sample).hasSize(records);
        assertThat(run.rejections()).as("rejections of %s", sample).hasSize(rejections);
        assertThat(run.degraded()).as("degraded records of %s", sample).isEqualTo(degraded);
        assertThat(run.records()).extracting(SourceRecord::format).containsOnly(reader.name());
        assertMatches(CsvReaderRun.goldenPath(reader.name(), sample), run.golden());
        return run;
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
