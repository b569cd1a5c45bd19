package io.osprey.store.ingest;

import io.osprey.formats.input.InputLimits;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A child process for the kill test: ingests {@code args[1..]} into the case {@code args[0]} with the test line
 * formats and reports progress on standard output ("records N", "storing", "done").
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) throws Exception {
        IngestListener progress = new IngestListener() {
            @Override
            public void recordsRead(long recordsReadSoFar) {
                System.out.println("records " + recordsReadSoFar);
                System.out.flush();
            }

            @Override
            public void storing() {
                System.out.println("storing");
                System.out.flush();
            }
        };
        List<Path> inputs = Arrays.stream(args).skip(1).map(Path::of).toList();
        new Ingest(LineFormats.registry(), InputLimits.defaults(), progress).run(Path.of(args[0]), inputs);
        System.out.println("done");
    }
}
