package io.osprey.cli;

import io.osprey.collect.CollectException;
import io.osprey.collect.CollectOptions;
import io.osprey.collect.CollectPlan;
import io.osprey.collect.CollectRequest;
import io.osprey.collect.CollectResult;
import io.osprey.collect.Collector;
import io.osprey.collect.EvidenceSink;
import io.osprey.collect.Source;
import io.osprey.collect.auth.Cloud;
import io.osprey.collect.auth.CredentialSpec;
import io.osprey.collect.auth.Endpoints;
import io.osprey.collect.auth.SecretSource;
import io.osprey.collect.auth.SignInSettings;
import io.osprey.store.ingest.Ingest;
import io.osprey.store.ingest.IngestSummary;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code osprey collect CASE --tenant ID --client-id ID (credential) --from T --to T [--source S]... [--plan]}:
 * acquires the tenant's audit log and directory data into CASE/evidence, resumably, and ingests the audit
 * evidence into the case as collection settles it (unless {@code --no-ingest}), through the same {@link Ingest}
 * as {@code osprey ingest}.
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Acquires the audit log and directory data from the tenant's APIs into CASE/evidence,"
                + " resumably, recording every window asked in CASE/acquisition.json, and ingests the audit"
                + " evidence into the case as it goes.",
        footer = {"", "Sources: audit (Graph audit log query API, default), activity-api (Management Activity API,"
                + " last 7 days), directory (domains, federation, service principals, grants, applications;"
                + " default), signins (Entra sign-in logs).",
                "Times are UTC: 2024-03-01, 2024-03-01T08:00 or 2024-03-01T08:00:00Z.",
                "Secrets are read from an environment variable or a file, never from the command line.",
                "Running the same command again continues an interrupted collection.",
                "Exit codes: 0 complete, 1 fatal error (also: ingest failed; the evidence is kept), 2 usage error,"
                        + " 3 finished with coverage holes or evidence that could not be read."})
public final class CollectCommand implements Callable<Integer> {
    private static final int OK = 0;
    private static final int FATAL = 1;
    private static final int HOLES = 3;

    @Spec
    CommandSpec spec;

    private final CollectOptions baseOptions;

    public CollectCommand() {
        this(CollectOptions.defaults());
    }

    /** With other base options (tests: trust settings, short delays, environment). */
    CollectCommand(CollectOptions baseOptions) {
        this.baseOptions = baseOptions;
    }

    @Parameters(index = "0", paramLabel = "CASE", description = "the case directory (created when missing)")
    Path caseDirectory;

    @Option(names = "--tenant", required = true, paramLabel = "ID", description = "tenant id or primary domain")
    String tenant;

    @Option(names = "--client-id", required = true, paramLabel = "ID", description = "the app's client id")
    String clientId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Credential credential;

    /** Exactly one way to sign in. */
    static final class Credential {
        @Option(names = "--certificate", paramLabel = "FILE", description = "app certificate: PEM or PFX file")
        Path certificate;

        @Option(names = "--client-secret-env", paramLabel = "VAR",
                description = "environment variable holding the client secret")
        String secretVariable;

        @Option(names = "--client-secret-file", paramLabel = "FILE", description = "file holding the client secret")
        Path secretFile;

        @Option(names = "--device-code", description = "delegated sign-in with a device code")
        boolean deviceCode;
    }

    @Option(names = "--certificate-password-env", paramLabel = "VAR",
            description = "environment variable holding the PFX (or encrypted PEM key) password")
    String certificatePasswordVariable;

    @Option(names = "--from", required = true, paramLabel = "T", description = "start of the time range (UTC)")
    String from;

    @Option(names = "--to", required = true, paramLabel = "T", description = "end of the time range (UTC)")
    String to;

    @Option(names = "--source", split = ",", paramLabel = "S",
            description = "audit, activity-api, directory or signins; repeat for several (default: audit, directory)")
    List<String> sources = List.of();

    @Option(names = "--operations", split = ",", paramLabel = "OP", description = "audit operations to collect")
    List<String> operations = List.of();

    @Option(names = "--users", split = ",", paramLabel = "UPN", description = "users to collect (audit, sign-ins)")
    List<String> users = List.of();

    @Option(names = "--record-types", split = ",", paramLabel = "TYPE",
            description = "audit record types, e.g. exchangeItemAggregated")
    List<String> recordTypes = List.of();

    @Option(names = "--cloud", paramLabel = "CLOUD", description = "global, gcc, gcc-high, dod or china"
            + " (default: ${DEFAULT-VALUE})")
    String cloud = "global";

    @Option(names = "--login-host", paramLabel = "URL", description = "override the sign-in host")
    URI loginHost;

    @Option(names = "--graph-host", paramLabel = "URL", description = "override the Microsoft Graph host")
    URI graphHost;

    @Option(names = "--activity-host", paramLabel = "URL", description = "override the Management Activity API host")
    URI activityHost;

    @Option(names = "--plan", description = "print what would be fetched, without any network call")
    boolean plan;

    @Option(names = "--no-ingest", description = "only collect; ingest later with: osprey ingest CASE CASE/evidence")
    boolean noIngest;

    @Option(names = "--json", description = "print a machine-readable summary (only JSON on standard output)")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CollectRequest request = request();
        CollectOptions options = baseOptions
                .withDeviceCodePrompt(message -> {
                    err.println(message);
                    err.flush();
                })
                .withListener(message -> {
                    err.println("collect: " + message);
                    err.flush();
                });
        Collector collector = new Collector(options);
        if (plan) {
            CollectPlan collectPlan = collector.plan(request);
            collectPlan.describe().forEach(out::println);
            out.flush();
            return OK;
        }
        CollectIngest ingest = noIngest ? null : new CollectIngest(caseDirectory, Ingest.withDefaults(),
                message -> options.listener().progress(message));
        try {
            CollectResult result = collector.collect(request, ingest == null ? EvidenceSink.NONE : ingest);
            IngestSummary ingested = ingest == null ? null : ingest.summary();
            out.print(json ? CollectOutput.json(result, ingested) : CollectOutput.text(result, ingested));
            out.flush();
            if (ingest != null && ingest.failure() != null) {
                err.println("osprey: ingest failed: " + ingest.failure().getMessage() + "; the evidence is kept in "
                        + caseDirectory.resolve("evidence") + ": run osprey ingest " + caseDirectory + " "
                        + caseDirectory.resolve("evidence") + " once the case is usable");
                err.flush();
                return FATAL;
            }
            boolean everyInputRead = ingested == null || ingested.everyInputRead();
            return result.complete() && everyInputRead ? OK : HOLES;
        } catch (CollectException e) {
            err.println("osprey: " + e.getMessage());
            err.flush();
            return FATAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("osprey: interrupted; run the same command again to continue");
            err.flush();
            return FATAL;
        }
    }

    private CollectRequest request() {
        Endpoints endpoints;
        Set<Source> wanted = EnumSet.noneOf(Source.class);
        try {
            endpoints = Cloud.fromName(cloud).endpoints().withLoginHost(loginHost).withGraphHost(graphHost)
                    .withActivityHost(activityHost);
            sources.forEach(name -> wanted.add(Source.fromName(name)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (certificatePasswordVariable != null && credential.certificate == null) {
            throw new ParameterException(spec.commandLine(), "--certificate-password-env goes with --certificate");
        }
        Instant start = time(from, "--from");
        Instant end = time(to, "--to");
        if (!start.isBefore(end)) {
            throw new ParameterException(spec.commandLine(), "--from must be before --to");
        }
        return new CollectRequest(caseDirectory, new SignInSettings(tenant, clientId, credentialSpec(), endpoints),
                start, end, wanted, operations, users, recordTypes);
    }

    private CredentialSpec credentialSpec() {
        if (credential.certificate != null) {
            return new CredentialSpec.Certificate(credential.certificate, Optional.ofNullable(certificatePasswordVariable)
                    .map(SecretSource.EnvironmentVariable::new));
        }
        if (credential.secretVariable != null) {
            return new CredentialSpec.ClientSecret(new SecretSource.EnvironmentVariable(credential.secretVariable));
        }
        if (credential.secretFile != null) {
            return new CredentialSpec.ClientSecret(new SecretSource.SecretFile(credential.secretFile));
        }
        return new CredentialSpec.DeviceCode();
    }

    /** An ISO instant, or a date or date-time without zone taken as UTC. */
    private Instant time(String text, String option) {
        try {
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return java.time.OffsetDateTime.parse(text).toInstant();
            }
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + ": not a UTC time: " + text);
        }
    }
}
