package io.osprey.store.ingest;

/** The storing thread failed; thrown on the reading thread to stop the run (never caught by readers' callers). */
final class StoreFailedException extends RuntimeException {
    StoreFailedException(Throwable cause) {
        super(cause);
    }
}
