package io.osprey.collect.http;

/**
 * A call that did not succeed: a refusal the client must not retry (400, 403 without AF429, 404), or a call
 * that kept failing after every allowed attempt. The message is already redacted.
 */
public final class ApiException extends Exception {
    /** The status of a refusal; {@link #GAVE_UP} when the retries ran out. */
    public static final int GAVE_UP = -1;

    private final int status;
    private final String errorCode;
    private final int attempts;

    public ApiException(int status, String errorCode, String message, int attempts) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
        this.attempts = attempts;
    }

    public int status() {
        return status;
    }

    /** The service's error code ({@code AF20055}, {@code Authorization_RequestDenied}, ...), or "" when none. */
    public String errorCode() {
        return errorCode;
    }

    public int attempts() {
        return attempts;
    }

    public boolean isAccessDenied() {
        return status == 401 || status == 403;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
