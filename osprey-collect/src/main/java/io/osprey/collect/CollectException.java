package io.osprey.collect;

/**
 * A failure that stops a collection (authentication refused, an unreadable certificate, a checkpoint written
 * for a different request). Messages are written for the user and never carry a secret: every message that
 * may echo server or library text passes through {@link io.osprey.collect.auth.Redactor} first.
 */
public class CollectException extends RuntimeException {
    public CollectException(String message) {
        super(message);
    }

    public CollectException(String message, Throwable cause) {
        super(message, cause);
    }
}
