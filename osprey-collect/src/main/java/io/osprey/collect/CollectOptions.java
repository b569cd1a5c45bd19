package io.osprey.collect;

import io.osprey.collect.http.RetryPolicy;

import javax.net.ssl.SSLContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How collection behaves: retries and back-off, polling, window sizes, parallelism, and the hooks a caller
 * supplies (device-code prompt, progress listener, environment, trust settings). {@link #defaults()} is what
 * the command line uses; tests shorten the delays.
 *
 * @param retry                 retry and back-off of every HTTP call
 * @param pollInterval          how often an audit log query's status is polled
 * @param maxQueryWait          how long a query may stay unfinished before it counts as failed
 * @param maxQueryAttempts      queries submitted for a window before it is split (or given up)
 * @param auditWindow           the initial audit log query window (aligned to UTC multiples of it)
 * @param minimumAuditWindow    windows are not split below this length
 * @param parallelQueries       audit log query windows worked on at once
 * @param parallelDownloads     content blobs downloaded at once
 * @param activityReachMargin   distance kept from the Management Activity API's 7-day limit
 * @param activityContentTypes  the content types to subscribe to and list
 * @param signInUsersPerQuery   user names per sign-in filter
 * @param checkpointInterval    least time between checkpoint saves for blob completions
 * @param requestTimeout        timeout of one HTTP request
 * @param clock                 the clock (the 7-day limit, time stamps)
 * @param sslContext            trust settings for all hosts, or null for the JDK defaults
 * @param environment           looks up environment variables (secrets)
 * @param deviceCodePrompt      shows the device-code sign-in instructions to the user
 * @param listener              receives progress lines
 */
public record CollectOptions(RetryPolicy retry, Duration pollInterval, Duration maxQueryWait, int maxQueryAttempts,
                             Duration auditWindow, Duration minimumAuditWindow, int parallelQueries,
                             int parallelDownloads, Duration activityReachMargin, List<String> activityContentTypes,
                             int signInUsersPerQuery, Duration checkpointInterval, Duration requestTimeout,
                             Clock clock, SSLContext sslContext, Function<String, String> environment,
                             Consumer<String> deviceCodePrompt, CollectListener listener) {
    /** The documented content types of the Management Activity API that carry audit records. */
    public static final List<String> AUDIT_CONTENT_TYPES =
            List.of("Audit.AzureActiveDirectory", "Audit.Exchange", "Audit.SharePoint", "Audit.General");

    public CollectOptions {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(deviceCodePrompt, "deviceCodePrompt");
        Objects.requireNonNull(listener, "listener");
        activityContentTypes = List.copyOf(activityContentTypes);
        if (parallelQueries < 1 || parallelDownloads < 1 || maxQueryAttempts < 1 || signInUsersPerQuery < 1) {
            throw new IllegalArgumentException("parallelism, attempts and users per query must be at least 1");
        }
    }

    public static CollectOptions defaults() {
        return new CollectOptions(RetryPolicy.standard(), Duration.ofSeconds(15), Duration.ofHours(6), 3,
                Duration.ofDays(1), Duration.ofMinutes(1), 2, 4, Duration.ofMinutes(10), AUDIT_CONTENT_TYPES, 15,
                Duration.ofSeconds(1), Duration.ofMinutes(5), Clock.systemUTC(), null, System::getenv,
                message -> { }, CollectListener.SILENT);
    }

    public CollectOptions withRetry(RetryPolicy value) {
        return new CollectOptions(value, pollInterval, maxQueryWait, maxQueryAttempts, auditWindow,
                minimumAuditWindow, parallelQueries, parallelDownloads, activityReachMargin, activityContentTypes,
                signInUsersPerQuery, checkpointInterval, requestTimeout, clock, sslContext, environment,
                deviceCodePrompt, listener);
    }

    public CollectOptions withPolling(Duration interval, Duration maxWait, int attempts) {
        return new CollectOptions(retry, interval, maxWait, attempts, auditWindow, minimumAuditWindow,
                parallelQueries, parallelDownloads, activityReachMargin, activityContentTypes, signInUsersPerQuery,
                checkpointInterval, requestTimeout, clock, sslContext, environment, deviceCodePrompt, listener);
    }

    public CollectOptions withAuditWindows(Duration initial, Duration minimum) {
        return new CollectOptions(retry, pollInterval, maxQueryWait, maxQueryAttempts, initial, minimum,
                parallelQueries, parallelDownloads, activityReachMargin, activityContentTypes, signInUsersPerQuery,
                checkpointInterval, requestTimeout, clock, sslContext, environment, deviceCodePrompt, listener);
    }

    public CollectOptions withParallelism(int queries, int downloads) {
        return new CollectOptions(retry, pollInterval, maxQueryWait, maxQueryAttempts, auditWindow,
                minimumAuditWindow, queries, downloads, activityReachMargin, activityContentTypes,
                signInUsersPerQuery, checkpointInterval, requestTimeout, clock, sslContext, environment,
                deviceCodePrompt, listener);
    }

    public CollectOptions withActivityContentTypes(List<String> contentTypes) {
        return new CollectOptions(retry, pollInterval, maxQueryWait, maxQueryAttempts, auditWindow,
                minimumAuditWindow, parallelQueries, parallelDownloads, activityReachMargin, contentTypes,
                signInUsersPerQuery, checkpointInterval, requestTimeout, clock, sslContext, environment,
                deviceCodePrompt, listener);
    }

    public CollectOptions withCheckpointInterval(Duration interval) {
        return new CollectOptions(retry, pollInterval, maxQueryWait, maxQueryAttempts, auditWindow,
                minimumAuditWindow, parallelQueries, parallelDownloads, activityReachMargin, activityContentTypes,
                signInUsersPerQuery, interval, requestTimeout, clock, sslContext, environment, deviceCodePrompt,
                listener);
    }

    public CollectOptions withRequestTimeout(Duration value) {
        return new CollectOptions(retry, pollInterval, maxQueryWait, maxQueryAttempts, auditWindow,
                minimumAuditWindow, parallelQueries, parallelDownloads, activityReachMargin, activityContentTypes,
                signInUsersPerQuery, checkpointInterval, value, clock, sslContext, environment, deviceCodePrompt,
                listener);
    }

    public CollectOptions withClock(Clock value) {
        return new CollectOptions(retry, pollInterval, maxQueryWait, maxQueryAttempts, auditWindow,
                minimumAuditWindow, parallelQueries, parallelDownloads, activityReachMargin, activityContentTypes,
                signInUsersPerQuery, checkpointInterval, requestTimeout, value, sslContext, environment,
                deviceCodePrompt, listener);
    }

    public CollectOptions withSslContext(SSLContext value) {
        return new CollectOptions(retry, pollInterval, maxQueryWait, maxQueryAttempts, auditWindow,
                minimumAuditWindow, parallelQueries, parallelDownloads, activityReachMargin, activityContentTypes,
                signInUsersPerQuery, checkpointInterval, requestTimeout, clock, value, environment, deviceCodePrompt,
                listener);
    }

    public CollectOptions withEnvironment(Function<String, String> value) {
        return new CollectOptions(retry, pollInterval, maxQueryWait, maxQueryAttempts, auditWindow,
                minimumAuditWindow, parallelQueries, parallelDownloads, activityReachMargin, activityContentTypes,
                signInUsersPerQuery, checkpointInterval, requestTimeout, clock, sslContext, value, deviceCodePrompt,
                listener);
    }

    public CollectOptions withDeviceCodePrompt(Consumer<String> value) {
        return new CollectOptions(retry, pollInterval, maxQueryWait, maxQueryAttempts, auditWindow,
                minimumAuditWindow, parallelQueries, parallelDownloads, activityReachMargin, activityContentTypes,
                signInUsersPerQuery, checkpointInterval, requestTimeout, clock, sslContext, environment, value,
                listener);
    }

    public CollectOptions withListener(CollectListener value) {
        return new CollectOptions(retry, pollInterval, maxQueryWait, maxQueryAttempts, auditWindow,
                minimumAuditWindow, parallelQueries, parallelDownloads, activityReachMargin, activityContentTypes,
                signInUsersPerQuery, checkpointInterval, requestTimeout, clock, sslContext, environment,
                deviceCodePrompt, value);
    }
}
