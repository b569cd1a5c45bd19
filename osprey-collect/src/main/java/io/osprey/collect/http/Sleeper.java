package io.osprey.collect.http;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the requested delays instead of sleeping them. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
