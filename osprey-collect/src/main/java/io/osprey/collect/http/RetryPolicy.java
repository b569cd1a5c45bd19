package io.osprey.collect.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long to retry a throttled or failed call: a server's Retry-After is honoured (capped at
 * {@code maxRetryAfter}); otherwise the delay grows exponentially from {@code baseDelay} up to {@code maxDelay},
 * with jitter so parallel downloads do not retry in lock step.
 *
 * @param maxAttempts   attempts per call, the first one included
 * @param baseDelay     the delay before the second attempt when the server gives no Retry-After
 * @param maxDelay      the largest computed delay
 * @param maxRetryAfter the longest Retry-After honoured
 * @param sleeper       how to wait
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter,
                          Sleeper sleeper) {
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Eight attempts, 2 s doubling to 2 min, Retry-After honoured up to 10 min. */
    public static RetryPolicy standard() {
        return new RetryPolicy(8, Duration.ofSeconds(2), Duration.ofMinutes(2), Duration.ofMinutes(10), Sleeper.REAL);
    }

    public RetryPolicy withSleeper(Sleeper other) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxRetryAfter, other);
    }

    /**
     * @param failedAttempts how many attempts have failed so far (1 after the first failure)
     * @param retryAfter     the server's Retry-After, or null
     */
    public Duration delay(int failedAttempts, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
        }
        long base = baseDelay.toMillis();
        long exponential = base << Math.min(failedAttempts - 1, 20);
        long capped = Math.min(Math.max(exponential, 0), maxDelay.toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(jittered);
    }
}
