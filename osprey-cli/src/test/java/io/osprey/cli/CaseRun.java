package io.osprey.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.osprey.simulate.truth.GroundTruth;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs osprey commands in-process, as a user would type them, and reads what they wrote. */
final class CaseRun {
    private final Path caseDirectory;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    CaseRun(Path caseDirectory) {
        this.caseDirectory = caseDirectory;
    }

    Path caseDirectory() {
        return caseDirectory;
    }

    /** Runs {@code osprey ARGS} (CASE is written as the literal "CASE") and returns its exit code. */
    int run(String... args) {
        String[] resolved = args.clone();
        for (int index = 0; index < resolved.length; index++) {
            if (resolved[index].equals("CASE")) {
                resolved[index] = caseDirectory.toString();
            }
        }
        CommandLine commandLine = OspreyCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(resolved);
    }

    /** Runs and asserts exit code 0. */
    void ok(String... args) {
        assertThat(run(args)).as("osprey %s; stderr: %s", String.join(" ", args), err).isZero();
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /**
     * The truth's indicators as an --ioc-file, without the SessionIds the attacker shared with the victim (a
     * stolen session): as an indicator such a session would mark the victim's own reads in it as the attacker's,
     * which the truth does not count as attacker access. The attacker's addresses still mark its use of it.
     */
    Path iocFile(GroundTruth truth) throws IOException {
        Set<String> shared = new HashSet<>();
        truth.attackerContexts().stream().filter(GroundTruth.AttackerContext::sessionSharedWithUser)
                .forEach(context -> shared.add("session:" + context.sessionId()));
        Path file = caseDirectory.resolveSibling(caseDirectory.getFileName() + "-iocs.txt");
        Files.write(file, truth.iocs().stream().filter(ioc -> !shared.contains(ioc)).toList(), StandardCharsets.UTF_8);
        return file;
    }

    JsonNode findings() throws IOException {
        return new ObjectMapper().readTree(caseDirectory.resolve("reports/hunt/findings.json").toFile());
    }

    static List<NamedCsvRecord> csv(Path file) throws IOException {
        List<NamedCsvRecord> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            reader.forEach(rows::add);
        }
        return rows;
    }
}
