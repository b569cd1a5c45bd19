package io.osprey.normalize;

import io.osprey.model.AuditEvent;
import io.osprey.model.SourceLocation;
import io.osprey.model.SourceRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A measuring tool, not a test: normalizes the first N lines of a JSON-lines file of AuditData records on one
 * thread, several rounds, and prints microseconds per record for each round, for the normalizer as shipped
 * and for its tree path alone (what every record took before the fast path). Run with the test classpath:
 * {@code java -cp ... io.osprey.normalize.NormalizerThroughput FILE [N] [ROUNDS]}.
 */
public final class NormalizerThroughput {
    private NormalizerThroughput() {
    }

    public static void main(String[] arguments) throws IOException, NormalizationException {
        if (arguments.length < 1) {
            System.err.println("usage: NormalizerThroughput FILE [RECORDS] [ROUNDS]");
            System.exit(2);
        }
        Path file = Path.of(arguments[0]);
        int limit = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 200_000;
        int rounds = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 8;
        List<SourceRecord> records = read(file, limit);
        Normalizer normalizer = new Normalizer();
        Normalizer treeOnly = new Normalizer(false);
        System.out.printf("%d records from %s; per round: the normalizer, then the tree path alone%n",
                records.size(), file);
        for (int round = 1; round <= rounds; round++) {
            String fast = measure(normalizer, records);
            String tree = measure(treeOnly, records);
            System.out.printf("round %d: normalizer %s | tree path %s%n", round, fast, tree);
        }
    }

    /** Wall-clock and thread CPU microseconds per record (CPU time is steadier on a shared machine). */
    private static String measure(Normalizer normalizer, List<SourceRecord> records) throws NormalizationException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long checksum = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (SourceRecord record : records) {
            AuditEvent event = normalizer.normalize(record);
            checksum += event.fieldCount() + (event.mailAccess() == null ? 0 : event.mailAccess().items().size());
        }
        long elapsed = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        return String.format("%.2f µs wall, %.2f µs cpu (checksum %d)", elapsed / 1000.0 / records.size(),
                cpu / 1000.0 / records.size(), checksum);
    }

    private static List<SourceRecord> read(Path file, int limit) throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (records.size() < limit && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    SourceLocation location = new SourceLocation(file.toString(), records.size() + 1L, -1);
                    records.add(new SourceRecord(location, "jsonl", line, Map.of(), false));
                }
            }
        }
        return records;
    }
}
