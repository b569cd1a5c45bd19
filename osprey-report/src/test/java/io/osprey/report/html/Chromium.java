package io.osprey.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium from Debian's {@code chromium} package, run as a separate process per page load: a fresh
 * profile, no network services, console messages logged to standard error.
 */
final class Chromium {
    static final Path DEFAULT = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;

    /** What one run gave: its standard output (the DOM for --dump-dom) and standard error (the log). */
    record Run(int exitCode, String stdout, String stderr) {
        List<String> consoleLines() {
            return stderr.lines().filter(line -> line.contains("CONSOLE") || line.contains("Uncaught")).toList();
        }
    }

    private final Path executable;
    private final Path workDir;

    Chromium(Path workDir) {
        this.executable = Path.of(System.getProperty("osprey.chromium", DEFAULT.toString()));
        this.workDir = workDir;
    }

    /** The executable, or an AssertionError telling how to install it: the browser test never skips. */
    Path require() {
        if (!Files.isExecutable(executable)) {
            throw new AssertionError("Headless Chromium is required for the browser test but " + executable
                    + " is missing: install Debian's package with 'apt-get install -y chromium' (or point"
                    + " -Dosprey.chromium at a Chromium binary).");
        }
        return executable;
    }

    Run dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--dump-dom");
    }

    Run screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        return run(page, "--screenshot=" + png, "--window-size=" + width + "," + height);
    }

    private Run run(Path page, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(require().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(extra));
        command.add(page.toUri().toString());
        Path stdout = workDir.resolve("chromium-" + System.nanoTime() + ".out");
        Path stderr = workDir.resolve("chromium-" + System.nanoTime() + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
