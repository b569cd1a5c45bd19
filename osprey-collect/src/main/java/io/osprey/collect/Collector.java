package io.osprey.collect;

import io.osprey.collect.activity.ActivityCollector;
import io.osprey.collect.audit.AuditCollector;
import io.osprey.collect.auth.Endpoints;
import io.osprey.collect.auth.MsalTokenSource;
import io.osprey.collect.auth.Redactor;
import io.osprey.collect.auth.SecretReader;
import io.osprey.collect.auth.TokenSource;
import io.osprey.collect.checkpoint.AcquisitionIdentity;
import io.osprey.collect.checkpoint.AcquisitionState;
import io.osprey.collect.checkpoint.Checkpoint;
import io.osprey.collect.checkpoint.CoverageHoles;
import io.osprey.collect.checkpoint.RunState;
import io.osprey.collect.directory.DirectoryCollector;
import io.osprey.collect.directory.SignInCollector;
import io.osprey.collect.evidence.EvidenceStore;
import io.osprey.collect.http.ApiClient;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code osprey collect}: acquires a tenant's audit log and directory data into a case, resumably. Runs with the
 * same tenant and filters form one acquisition in {@code CASE/acquisition.json}; a run continues whatever an
 * earlier run left unfinished, and completed windows are never fetched twice.
 */
public final class Collector {
    static final String MANIFEST = "acquisition.json";
    static final String EVIDENCE = "evidence";

    private final CollectOptions options;

    public Collector(CollectOptions options) {
        this.options = options;
    }

    /** What {@link #collect} would fetch; reads the checkpoint if there is one, calls no API. */
    public CollectPlan plan(CollectRequest request) {
        Path manifest = request.caseDirectory().resolve(MANIFEST);
        AcquisitionIdentity identity = identity(request);
        AcquisitionState state = Files.isRegularFile(manifest)
                ? Checkpoint.open(manifest, identity, options.checkpointInterval(), options.clock()).read(s -> s)
                : null;
        List<PlannedFetch> fetches = new ArrayList<>();
        if (request.wants(Source.AUDIT)) {
            fetches.addAll(AuditCollector.plan(request, options, state));
        }
        if (request.wants(Source.ACTIVITY_API)) {
            fetches.addAll(ActivityCollector.plan(request, options, state));
        }
        if (request.wants(Source.DIRECTORY)) {
            fetches.addAll(DirectoryCollector.plan(request, state));
        }
        if (request.wants(Source.SIGNINS)) {
            fetches.addAll(SignInCollector.plan(request, options.signInUsersPerQuery(), state));
        }
        Endpoints endpoints = request.signIn().endpoints();
        List<String> notes = List.of(
                "tenant " + request.signIn().tenant() + ", app " + request.signIn().clientId() + ", "
                        + request.signIn().credential().describe(),
                "sign-in " + endpoints.authority(request.signIn().tenant()) + "; Graph " + endpoints.graphHost()
                        + "; Management Activity API " + endpoints.activityHost() + " (cloud "
                        + endpoints.cloud().cliName() + ")",
                "time range " + CollectContext.utc(request.from()) + " to " + CollectContext.utc(request.to())
                        + "; acquisition " + identity.fingerprint()
                        + (state == null ? " (new)" : " (continues the checkpoint in " + manifest + ")"),
                "evidence goes to " + request.caseDirectory().resolve(EVIDENCE) + ", the manifest to " + manifest);
        return new CollectPlan(fetches, notes);
    }

    /**
     * Collects. Throws {@link CollectException} when collection cannot proceed at all (sign-in refused, another
     * collect running on the case), {@link InterruptedException} when interrupted; in both cases the checkpoint
     * and every evidence file on disk are whole, and a new run continues.
     */
    public CollectResult collect(CollectRequest request) throws InterruptedException {
        return collect(request, EvidenceSink.NONE);
    }

    /**
     * Collects, handing the audit evidence to {@code sink} as it settles: after each completed audit window or
     * content listing window, and after each source (which also hands over what earlier runs left).
     */
    public CollectResult collect(CollectRequest request, EvidenceSink sink) throws InterruptedException {
        Path caseDirectory = request.caseDirectory();
        try (CaseLock lock = CaseLock.acquire(caseDirectory)) {
            EvidenceStore evidence = new EvidenceStore(caseDirectory.resolve(EVIDENCE));
            AcquisitionIdentity identity = identity(request);
            Checkpoint checkpoint = Checkpoint.open(caseDirectory.resolve(MANIFEST), identity,
                    options.checkpointInterval(), options.clock());
            String started = CollectContext.utc(options.clock().instant());
            checkpoint.update(state -> state.runs().add(new RunState(started, null,
                    CollectContext.utc(request.from()), CollectContext.utc(request.to()),
                    request.sources().stream().sorted().map(Source::cliName).toList(), "running")));
            Redactor redactor = new Redactor();
            List<String> warnings = new ArrayList<>();
            CollectContext context;
            try {
                context = new CollectContext(request, options, api(request, redactor), checkpoint, evidence,
                        identity.fingerprint(), warnings, sink);
                run(context);
            } catch (InterruptedException e) {
                finish(checkpoint, warnings, "interrupted");
                throw e;
            } catch (CollectException e) {
                finish(checkpoint, warnings, "failed: " + redactor.redact(e.getMessage()));
                throw new CollectException(redactor.redact(e.getMessage()));
            } catch (RuntimeException e) {
                String message = redactor.redact(e.getClass().getSimpleName() + ": " + e.getMessage());
                finish(checkpoint, warnings, "failed: " + message);
                throw new CollectException("collection failed: " + message);
            }
            return result(context, redactor);
        } catch (IOException e) {
            throw new CollectException("cannot use the case directory " + caseDirectory + ": " + e.getMessage());
        }
    }

    private void run(CollectContext context) throws InterruptedException {
        Map<Source, Runner> runners = new LinkedHashMap<>();
        runners.put(Source.AUDIT, AuditCollector::collect);
        runners.put(Source.ACTIVITY_API, ActivityCollector::collect);
        runners.put(Source.DIRECTORY, DirectoryCollector::collect);
        runners.put(Source.SIGNINS, SignInCollector::collect);
        for (Map.Entry<Source, Runner> runner : runners.entrySet()) {
            if (!context.request().wants(runner.getKey())) {
                continue;
            }
            context.progress("collecting " + runner.getKey().cliName());
            try {
                runner.getValue().run(context);
            } catch (SourceDeniedException e) {
                context.warn(e.getMessage());
            }
            context.handOverSettledEvidence();
        }
    }

    private CollectResult result(CollectContext context, Redactor redactor) {
        Checkpoint checkpoint = context.checkpoint();
        long auditRecords = checkpoint.read(Collector::auditRecords);
        boolean wantsAudit = context.request().wants(Source.AUDIT) || context.request().wants(Source.ACTIVITY_API);
        if (wantsAudit && auditRecords == 0) {
            context.warn(CollectResult.NO_AUDIT_RECORDS);
        }
        finish(checkpoint, context.warnings(), null);
        return checkpoint.read(state -> new CollectResult(context.request().caseDirectory(), checkpoint.file(),
                state.fingerprint(), EvidenceInventory.of(state, context.evidence()), List.copyOf(state.holes()),
                context.warnings().stream().map(redactor::redact).toList(), auditRecords,
                state.directory().values().stream().mapToLong(item -> item.records()).sum(),
                state.signIns().values().stream().mapToLong(item -> item.records()).sum()));
    }

    private static long auditRecords(AcquisitionState state) {
        return state.auditWindows().values().stream().mapToLong(window -> window.records()).sum()
                + state.activityBlobs().values().stream().mapToLong(blob -> blob.records()).sum();
    }

    /** Records the end of the run; a null outcome means it ran to its end (complete or incomplete). */
    private void finish(Checkpoint checkpoint, List<String> warnings, String outcome) {
        String ended = CollectContext.utc(options.clock().instant());
        checkpoint.flush();
        checkpoint.update(state -> {
            List<RunState> runs = state.runs();
            String how = outcome != null ? outcome : CoverageHoles.of(state).isEmpty() ? "complete" : "incomplete";
            runs.set(runs.size() - 1, runs.get(runs.size() - 1).ended(ended, how));
            state.warnings().clear();
            synchronized (warnings) {
                state.warnings().addAll(warnings);
            }
        });
    }

    private ApiClient api(CollectRequest request, Redactor redactor) {
        TokenSource tokens = MsalTokenSource.create(request.signIn(), new SecretReader(options.environment()),
                options.sslContext(), options.deviceCodePrompt(), redactor);
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (options.sslContext() != null) {
            http.sslContext(options.sslContext());
        }
        return new ApiClient(http.build(), tokens, options.retry(), redactor, options.requestTimeout());
    }

    static AcquisitionIdentity identity(CollectRequest request) {
        Endpoints endpoints = request.signIn().endpoints();
        return new AcquisitionIdentity(request.signIn().tenant(), request.signIn().clientId(),
                endpoints.cloud().cliName(), Map.of("login", endpoints.loginHost().toString(),
                "graph", endpoints.graphHost().toString(), "activity", endpoints.activityHost().toString()),
                request.operations(), request.users(), request.recordTypes());
    }

    /** One source's collection. */
    @FunctionalInterface
    private interface Runner {
        void run(CollectContext context) throws InterruptedException, SourceDeniedException;
    }
}
