package io.osprey.collect;

import io.osprey.collect.auth.Endpoints;
import io.osprey.collect.checkpoint.Checkpoint;
import io.osprey.collect.evidence.EvidenceFile;
import io.osprey.collect.evidence.EvidenceStore;
import io.osprey.collect.http.ApiClient;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * What every source collector works with during one run.
 *
 * @param request     what was asked
 * @param options     how to behave
 * @param api         the HTTP client with tokens and retries
 * @param checkpoint  the acquisition's checkpoint
 * @param evidence    the case's evidence folder
 * @param fingerprint the acquisition's fingerprint (names its evidence folders)
 * @param warnings    collects warnings for the result and the manifest (thread-safe)
 * @param sink        receives the settled audit evidence as collection goes
 */
public record CollectContext(CollectRequest request, CollectOptions options, ApiClient api, Checkpoint checkpoint,
                             EvidenceStore evidence, String fingerprint, List<String> warnings, EvidenceSink sink) {
    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    public CollectContext {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(warnings, "warnings");
        Objects.requireNonNull(sink, "sink");
    }

    /** Hands every settled audit evidence file to the sink (one hand-over at a time). */
    public void handOverSettledEvidence() throws InterruptedException {
        List<EvidenceFile> files = checkpoint.read(state -> EvidenceInventory.settledAuditEvidence(state, evidence));
        synchronized (sink) {
            sink.accept(files);
        }
    }

    public Endpoints endpoints() {
        return request.signIn().endpoints();
    }

    public String tenant() {
        return request.signIn().tenant();
    }

    public void progress(String message) {
        options.listener().progress(message);
    }

    public void warn(String message) {
        synchronized (warnings) {
            if (!warnings.contains(message)) {
                warnings.add(message);
            }
        }
        options.listener().progress("warning: " + message);
    }

    /** ISO-8601 UTC with a Z, to the second: the form every time in the manifest takes. */
    public static String utc(Instant instant) {
        return UTC_SECONDS.format(instant);
    }
}
