package io.osprey.formats.json;

import io.osprey.formats.FormatReader;
import io.osprey.model.SourceRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a sample with a reader, checks its counts, and compares everything it yielded with the golden file. */
final class GoldenCheck {
    private GoldenCheck() {
    }

    static ReaderRun check(FormatReader reader, String sample, int records, int rejections, int degraded) {
        ReaderRun run = ReaderRun.ofSample(reader, sample);
        assertThat(run.records()).as("records of %s", sample).hasSize(records);
        assertThat(run.rejections()).as("rejections of %s", sample).hasSize(rejections);
        assertThat(run.degraded()).as("degraded records of %s", sample).isEqualTo(degraded);
        assertThat(run.records()).extracting(SourceRecord::format).containsOnly(reader.name());
        GoldenFiles.assertMatches(ReaderRun.goldenPath(reader.name(), sample), run.golden());
        return run;
    }
}
