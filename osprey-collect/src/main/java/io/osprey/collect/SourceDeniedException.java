package io.osprey.collect;

/**
 * A source refused the app as a whole (missing permission or role): its remaining units are not attempted in
 * this run, and the other sources go on.
 */
public final class SourceDeniedException extends Exception {
    public SourceDeniedException(String message) {
        super(message);
    }
}
