package io.osprey.collect.testserver;

import java.util.Map;

/** A misbehaviour the test tenant applies to one request instead of (or on top of) its normal answer. */
public sealed interface Fault {
    /** Answers with this status, body and headers instead of the normal answer. */
    record Status(int status, String body, Map<String, String> headers) implements Fault {
    }

    /** Sends the normal answer's headers with its full Content-Length but only half the body, then drops. */
    record CutConnection() implements Fault {
    }

    /** Sends the first half of the normal body as a complete 200 response: valid HTTP, incomplete JSON. */
    record CutJson() implements Fault {
    }

    static Fault throttled(int retryAfterSeconds) {
        return new Status(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests\"}}",
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    /** The Management Activity API's throttling answer: 403 with AF429 and no Retry-After. */
    static Fault activityThrottled() {
        return new Status(403, "{\"error\":{\"code\":\"AF429\",\"message\":\"Too many requests. Method=GetBlob,"
                + " PublisherId=00000000-0000-0000-0000-000000000000\"}}", Map.of());
    }

    static Fault serverError(int status) {
        return new Status(status, "{\"error\":{\"code\":\"AF50000\",\"message\":\"An internal error occurred.\"}}",
                Map.of());
    }

    static Fault forbidden() {
        return new Status(403, "{\"error\":{\"code\":\"Authorization_RequestDenied\",\"message\":"
                + "\"Insufficient privileges to complete the operation.\"}}", Map.of());
    }
}
