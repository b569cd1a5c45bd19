package io.osprey.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CollectCommandTest {
    @TempDir
    Path caseDirectory;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new CollectCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exitCode = command.execute(arguments);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void planListsTheFetchesWithoutTouchingTheNetworkOrTheCase() {
        Run run = run(caseDirectory.toString(), "--tenant", "contoso.onmicrosoft.com", "--client-id", "app",
                "--client-secret-env", "OSPREY_SECRET", "--from", "2024-03-01", "--to", "2024-03-03T00:00:00Z",
                "--source", "audit,signins", "--users", "alice@contoso.com", "--cloud", "gcc-high",
                "--graph-host", "https://graph.example.test", "--plan");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("client secret from environment variable OSPREY_SECRET")
                .contains("https://login.microsoftonline.us/contoso.onmicrosoft.com/")
                .contains("POST https://graph.example.test/beta/security/auditLog/queries")
                .contains("20240302T000000Z_20240303T000000Z")
                .contains("/v1.0/auditLogs/signIns");
        assertThat(caseDirectory.resolve("acquisition.json")).doesNotExist();
    }

    @Test
    void credentialsAreExclusiveAndRequired() {
        Run none = run(caseDirectory.toString(), "--tenant", "t", "--client-id", "c", "--from", "2024-03-01",
                "--to", "2024-03-02");
        Run two = run(caseDirectory.toString(), "--tenant", "t", "--client-id", "c", "--device-code",
                "--client-secret-env", "X", "--from", "2024-03-01", "--to", "2024-03-02");

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(two.exitCode()).isEqualTo(2);
        assertThat(two.err()).contains("mutually exclusive");
    }

    @Test
    void badTimesSourcesAndCloudsAreUsageErrors() {
        assertThat(run(caseDirectory.toString(), "--tenant", "t", "--client-id", "c", "--device-code", "--from",
                "yesterday", "--to", "2024-03-02", "--plan").err()).contains("--from: not a UTC time");
        assertThat(run(caseDirectory.toString(), "--tenant", "t", "--client-id", "c", "--device-code", "--from",
                "2024-03-01", "--to", "2024-03-02", "--source", "mailbox", "--plan").err()).contains("unknown source");
        assertThat(run(caseDirectory.toString(), "--tenant", "t", "--client-id", "c", "--device-code", "--from",
                "2024-03-01", "--to", "2024-03-02", "--cloud", "mars", "--plan").exitCode()).isEqualTo(2);
        assertThat(run(caseDirectory.toString(), "--tenant", "t", "--client-id", "c", "--device-code", "--from",
                "2024-03-02", "--to", "2024-03-01", "--plan").err()).contains("--from must be before --to");
    }

    @Test
    void aMissingSecretIsAFatalErrorNamingTheVariable() {
        Run run = run(caseDirectory.toString(), "--tenant", "t", "--client-id", "c", "--client-secret-env",
                "OSPREY_TEST_VARIABLE_THAT_IS_NOT_SET", "--from", "2024-03-01", "--to", "2024-03-02",
                "--login-host", "https://127.0.0.1:1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("OSPREY_TEST_VARIABLE_THAT_IS_NOT_SET");
    }
}
