package io.osprey.store;

/** A case cannot be opened or written; the message is fit to show the user as it is. */
public class CaseException extends Exception {
    public CaseException(String message) {
        super(message);
    }

    public CaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
