package io.osprey.store.ingest;

/** Progress of an ingest run, for a progress display. Called on the reading thread; must return quickly. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
    };

    /** The inputs were listed; {@code inputCount} of them will be processed. */
    default void started(int inputCount) {
    }

    /** Reading of an input begins. */
    default void inputStarted(String displayPath) {
    }

    /** Called now and then with the number of records read so far in this run. */
    default void recordsRead(long recordsReadSoFar) {
    }

    /** An input was read (or found unreadable or unrecognized). */
    default void inputFinished(String displayPath) {
    }

    /** Every input was read; duplicates are being resolved and the run committed. */
    default void storing() {
    }
}
