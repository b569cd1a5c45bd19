package io.osprey.collect.activity;

import io.osprey.collect.CollectContext;
import io.osprey.collect.auth.Endpoints;
import io.osprey.collect.http.ApiException;
import io.osprey.collect.http.ApiRequest;
import io.osprey.collect.http.ApiResponse;
import io.osprey.collect.http.BodyCheck;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The calls of the Office 365 Management Activity API ({@code /api/v1.0/{tenant}/activity/feed/...}). Every
 * call carries {@code PublisherIdentifier={tenant}}, which gives the tenant its own throttling quota.
 */
final class ActivityFeedClient {
    /** The time form the content listing documents ({@code YYYY-MM-DDTHH:MM:SS}, UTC). */
    private static final DateTimeFormatter LISTING_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final CollectContext context;
    private final String scope;

    ActivityFeedClient(CollectContext context) {
        this.context = context;
        this.scope = context.endpoints().cloud().activityScope();
    }

    static String feedRoot(Endpoints endpoints, String tenant) {
        return endpoints.activityHost() + "/api/v1.0/" + encode(tenant) + "/activity/feed";
    }

    static URI startUri(Endpoints endpoints, String tenant, String contentType) {
        return URI.create(feedRoot(endpoints, tenant) + "/subscriptions/start?contentType=" + encode(contentType)
                + "&PublisherIdentifier=" + encode(tenant));
    }

    static URI listUri(Endpoints endpoints, String tenant, String contentType, Instant start, Instant end) {
        return URI.create(feedRoot(endpoints, tenant) + "/subscriptions/content?contentType=" + encode(contentType)
                + "&startTime=" + LISTING_TIME.format(start) + "&endTime=" + LISTING_TIME.format(end)
                + "&PublisherIdentifier=" + encode(tenant));
    }

    /** Starts the subscription; true when it was started now, false when it was already enabled. */
    boolean start(String contentType) throws ApiException, InterruptedException {
        try {
            context.api().send(ApiRequest.post(startUri(context.endpoints(), context.tenant(), contentType), null,
                    scope, BodyCheck.ANY));
            return true;
        } catch (ApiException e) {
            if ("AF20024".equalsIgnoreCase(e.errorCode())) {
                return false;
            }
            throw e;
        }
    }

    ApiResponse list(URI uri) throws ApiException, InterruptedException {
        return context.api().send(ApiRequest.get(withPublisher(uri), scope, BodyCheck.JSON_ARRAY));
    }

    ApiResponse blob(URI contentUri) throws ApiException, InterruptedException {
        return context.api().send(ApiRequest.get(withPublisher(contentUri), scope, BodyCheck.JSON_ARRAY));
    }

    /** The URI with {@code PublisherIdentifier} added when the service left it out (paging and content URIs). */
    URI withPublisher(URI uri) {
        String text = uri.toString();
        String query = uri.getRawQuery();
        if (query != null && query.toLowerCase(Locale.ROOT).contains("publisheridentifier=")) {
            return uri;
        }
        return URI.create(text + (query == null ? "?" : "&") + "PublisherIdentifier=" + encode(context.tenant()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
