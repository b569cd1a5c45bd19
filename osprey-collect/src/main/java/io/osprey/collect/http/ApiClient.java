package io.osprey.collect.http;

import io.osprey.collect.auth.Redactor;
import io.osprey.collect.auth.TokenSource;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls the Microsoft APIs with a bearer token and the documented resilience rules: 429, 403 with
 * {@code AF429}, 408 and 5xx are retried after the server's Retry-After or an exponential back-off; a dropped
 * connection or a body that is cut short (Content-Length mismatch, incomplete JSON) is retried; a 401 gets one
 * fresh token; other 4xx are refusals reported at once. Bodies are returned exactly as received.
 */
public final class ApiClient {
    private final HttpClient http;
    private final TokenSource tokens;
    private final RetryPolicy retry;
    private final Redactor redactor;
    private final Duration requestTimeout;

    public ApiClient(HttpClient http, TokenSource tokens, RetryPolicy retry, Redactor redactor,
                     Duration requestTimeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    public RetryPolicy retryPolicy() {
        return retry;
    }

    public ApiResponse send(ApiRequest request) throws ApiException, InterruptedException {
        List<String> retryReasons = new ArrayList<>();
        boolean tokenRefreshed = false;
        boolean refreshNow = false;
        int attempt = 0;
        while (true) {
            attempt++;
            Duration retryAfter = null;
            String reason;
            try {
                HttpRequest httpRequest = build(request, refreshNow);
                refreshNow = false;
                HttpResponse<byte[]> response = exchange(httpRequest);
                int status = response.statusCode();
                byte[] body = response.body() == null ? new byte[0] : response.body();
                if (status == 401 && !tokenRefreshed) {
                    tokenRefreshed = true;
                    refreshNow = true;
                    retryReasons.add("HTTP 401: token refreshed");
                    continue;
                }
                if (status / 100 == 2) {
                    String problem = request.check().problem(body);
                    if (problem == null) {
                        return new ApiResponse(status, body, response.headers(), retryReasons);
                    }
                    reason = "incomplete body (" + problem + ")";
                } else {
                    ErrorBody error = ErrorBody.parse(body);
                    if (!isRetryable(status, error)) {
                        throw refusal(request, status, error, attempt);
                    }
                    reason = "HTTP " + status + (error.code().isEmpty() ? "" : " " + error.code());
                    retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null));
                }
            } catch (IOException e) {
                reason = "connection failed (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + redactor.redact(e.getMessage())) + ")";
            }
            if (attempt >= retry.maxAttempts()) {
                throw new ApiException(ApiException.GAVE_UP, "", redactor.redact(request.method() + " "
                        + describe(request) + " gave up after " + attempt + " attempts; last: " + reason), attempt);
            }
            retryReasons.add(reason);
            retry.sleeper().sleep(retry.delay(attempt, retryAfter));
        }
    }

    /**
     * Sends and waits for the whole response, body included, at most the request timeout: the client's own
     * timeout stops at the headers, and a body that stalls half-way must not hang the collection.
     */
    private HttpResponse<byte[]> exchange(HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return future.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("no complete response within " + requestTimeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause() == null ? "request failed" : e.getCause().getClass().getSimpleName(),
                    e.getCause());
        }
    }

    private HttpRequest build(ApiRequest request, boolean forceRefresh) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", "osprey-collect")
                .header("Authorization", "Bearer " + tokens.accessToken(request.scope(), forceRefresh));
        if (request.jsonBody() != null) {
            builder.header("Content-Type", "application/json");
            builder.method(request.method(), HttpRequest.BodyPublishers.ofString(request.jsonBody()));
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    private static boolean isRetryable(int status, ErrorBody error) {
        return status == 429 || status == 408 || status >= 500
                || (status == 403 && "AF429".equalsIgnoreCase(error.code()));
    }

    private ApiException refusal(ApiRequest request, int status, ErrorBody error, int attempts) {
        String message = request.method() + " " + describe(request) + " was refused: HTTP " + status
                + (error.code().isEmpty() ? "" : " " + error.code())
                + (error.message().isEmpty() ? "" : ": " + error.message());
        return new ApiException(status, error.code(), redactor.redact(message), attempts);
    }

    /** The URL without its query string, which may carry long paging tokens. */
    private static String describe(ApiRequest request) {
        String text = request.uri().toString();
        int query = text.indexOf('?');
        return query < 0 ? text : text.substring(0, query);
    }
}
