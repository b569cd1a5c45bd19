package io.osprey.collect;

import io.osprey.collect.http.Sleeper;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the delays the collector asks for instead of waiting them out, so back-off tests stay fast. */
final class RecordingSleeper implements Sleeper {
    private final List<Duration> delays = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        delays.add(duration);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Thread.sleep(1);
    }

    List<Duration> delays() {
        return List.copyOf(delays);
    }
}
