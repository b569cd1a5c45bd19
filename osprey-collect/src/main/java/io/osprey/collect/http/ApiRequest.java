package io.osprey.collect.http;

import java.net.URI;
import java.util.Objects;

/**
 * One call to a Microsoft API.
 *
 * @param method   GET or POST
 * @param uri      the full URL
 * @param jsonBody the JSON body of a POST, or null
 * @param scope    the token audience the call needs
 * @param check    decides whether a 2xx body arrived whole
 */
public record ApiRequest(String method, URI uri, String jsonBody, String scope, BodyCheck check) {
    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(check, "check");
    }

    public static ApiRequest get(URI uri, String scope, BodyCheck check) {
        return new ApiRequest("GET", uri, null, scope, check);
    }

    public static ApiRequest post(URI uri, String jsonBody, String scope, BodyCheck check) {
        return new ApiRequest("POST", uri, jsonBody, scope, check);
    }
}
