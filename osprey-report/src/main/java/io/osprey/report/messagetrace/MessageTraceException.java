package io.osprey.report.messagetrace;

/** A file that is not a message trace export Osprey reads, or that cannot be read at all. */
public final class MessageTraceException extends Exception {
    public MessageTraceException(String message) {
        super(message);
    }

    public MessageTraceException(String message, Throwable cause) {
        super(message, cause);
    }
}
