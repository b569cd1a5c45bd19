package io.osprey.collect.http;

import java.net.http.HttpHeaders;
import java.util.List;

/**
 * A successful response, with the retries it took.
 *
 * @param status       the HTTP status (2xx)
 * @param body         the body exactly as received
 * @param headers      the response headers
 * @param retryReasons why each earlier attempt was retried (empty when the first attempt succeeded)
 */
public record ApiResponse(int status, byte[] body, HttpHeaders headers, List<String> retryReasons) {
    public ApiResponse {
        retryReasons = List.copyOf(retryReasons);
    }

    public int retries() {
        return retryReasons.size();
    }

    /** A header value, looked up case-insensitively among several names (the first present wins). */
    public String header(String... names) {
        for (String name : names) {
            var value = headers.firstValue(name);
            if (value.isPresent() && !value.get().isBlank()) {
                return value.get();
            }
        }
        return null;
    }
}
