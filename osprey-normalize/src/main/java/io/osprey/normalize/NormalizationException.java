package io.osprey.normalize;

/** A source record that cannot become an audit event; the message is the rejection reason shown to the user. */
public class NormalizationException extends Exception {
    public NormalizationException(String reason) {
        super(reason);
    }
}
