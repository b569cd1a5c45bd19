package io.osprey.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTest {
    @Test
    void showsFilesRecordsAndRateAndClearsItsLine() {
        StringWriter err = new StringWriter();
        AtomicLong clock = new AtomicLong(1_000);
        ProgressBar bar = new ProgressBar(new PrintWriter(err), clock::get);

        bar.started(4);
        clock.set(3_000);
        bar.recordsRead(100_000);
        bar.inputFinished("a");

        assertThat(bar.line("")).isEqualTo("[######                  ] 1/4 files, 100,000 records, 50,000 records/s");
        assertThat(err.toString()).contains("\r[").contains("0/4 files, 100,000 records");
        bar.clear();
        assertThat(err.toString()).endsWith("\r");
    }
}
