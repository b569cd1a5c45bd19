package io.osprey.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real public samples through the whole command: the same evidence as plain files, gzipped, or zipped in
 * folders gives the same records, and ingesting it again adds nothing.
 */
class PublicSamplesIngestTest {
    @TempDir
    Path dir;

    @Test
    void archivesAndCompressionAreTransparentAndReingestAddsNothing() throws IOException {
        List<Path> samples = samples();
        Path zip = dir.resolve("evidence.zip");
        Path gzipped = Files.createDirectories(dir.resolve("gzipped"));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path sample : samples) {
                out.putNextEntry(new ZipEntry("export/" + sample.getFileName()));
                Files.copy(sample, out);
                try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(
                        gzipped.resolve(sample.getFileName() + ".gz")))) {
                    Files.copy(sample, gzip);
                }
            }
        }

        JsonNode plain = ingest("plain", samples.stream().map(Path::toString).toArray(String[]::new));
        JsonNode fromZip = ingest("zip", zip.toString());
        JsonNode fromGzip = ingest("gzip", gzipped.toString());

        assertThat(plain.get("recordsIngested").asLong()).isPositive();
        for (JsonNode other : List.of(fromZip, fromGzip)) {
            for (String total : List.of("recordsRead", "recordsIngested", "duplicates", "rejected", "degraded")) {
                assertThat(other.get(total)).as(total).isEqualTo(plain.get(total));
            }
            assertThat(formats(other)).isEqualTo(formats(plain));
        }
        assertThat(fromZip.get("files").get(0).get("path").asText()).startsWith(zip + "!/export/");

        JsonNode again = ingest("plain", samples.stream().map(Path::toString).toArray(String[]::new));
        assertThat(again.get("recordsIngested").asLong()).isZero();
        assertThat(again.get("duplicates").asLong())
                .isEqualTo(plain.get("recordsIngested").asLong() + plain.get("duplicates").asLong());
    }

    private JsonNode ingest(String caseName, String... inputs) throws IOException {
        List<String> args = new ArrayList<>(List.of("ingest", dir.resolve(caseName).toString()));
        args.addAll(List.of(inputs));
        args.add("--json");
        StringWriter out = new StringWriter();
        CommandLine commandLine = OspreyCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        assertThat(commandLine.execute(args.toArray(String[]::new))).isIn(ExitCodes.OK, ExitCodes.SOME_INPUT_NOT_READ);
        return new ObjectMapper().readTree(out.toString());
    }

    private static List<String> formats(JsonNode summary) {
        List<String> formats = new ArrayList<>();
        summary.get("files").forEach(file -> formats.add(file.get("format").asText()));
        return formats;
    }

    /** The audit-log samples (not their README or source list), in name order. */
    private static List<Path> samples() throws IOException {
        Path folder = PublicSamplesFolder.locate();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> samples = files.filter(file -> file.toString().matches(".*\\.(csv|json|jsonl)$")).sorted().toList();
            assertThat(samples).as("samples in " + folder).isNotEmpty();
            return samples;
        }
    }
}
