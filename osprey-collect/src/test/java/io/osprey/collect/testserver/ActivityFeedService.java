package io.osprey.collect.testserver;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Office 365 Management Activity API as documented: subscriptions/start (AF20024 when already enabled),
 * subscriptions/content with startTime/endTime at most 24 hours apart and no more than 7 days back (otherwise
 * 400 AF20055, and the violation is recorded so tests can assert the client never commits one), paging through
 * a NextPageUri header, and content blobs. Every call must carry PublisherIdentifier.
 */
public final class ActivityFeedService {
    private final TenantData data;
    private final Set<String> enabled = ConcurrentHashMap.newKeySet();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private volatile int pageSize = 2;
    private volatile String nextPageHeader = "NextPageUri";

    ActivityFeedService(TenantData data) {
        this.data = data;
    }

    /** Marks a subscription as already enabled (start then answers AF20024). */
    public void alreadyEnabled(String contentType) {
        enabled.add(contentType);
    }

    public Set<String> enabled() {
        return Set.copyOf(enabled);
    }

    public void pageSize(int size) {
        this.pageSize = size;
    }

    /** The paging header's name (the troubleshooting page calls it NextPageUrl). */
    public void nextPageHeader(String name) {
        this.nextPageHeader = name;
    }

    /** Requests that broke the documented limits (should stay empty). */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    Http.Answer start(Map<String, String> query) {
        String contentType = query.get("contentType");
        if (!data.blobs().containsKey(contentType)) {
            return Http.Answer.error(400, "AF20011", "Specified content type is not valid.");
        }
        if (!enabled.add(contentType)) {
            return Http.Answer.error(400, "AF20024", "The subscription is already enabled. No property change.");
        }
        return Http.Answer.json(200, "{\"contentType\":\"" + contentType + "\",\"status\":\"enabled\",\"webhook\":null}");
    }

    Http.Answer list(Map<String, String> query, String feedRoot) {
        String contentType = query.get("contentType");
        if (!enabled.contains(contentType)) {
            return Http.Answer.error(400, "AF20022", "No subscription found for the specified content type");
        }
        Instant start;
        Instant end;
        try {
            start = time(query.get("startTime"));
            end = time(query.get("endTime"));
        } catch (DateTimeParseException | NullPointerException e) {
            return Http.Answer.error(400, "AF20055", "Start time and end time must both be specified (or both omitted)"
                    + " and they must be valid times.");
        }
        Instant now = Instant.now();
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(Duration.ofHours(24)) > 0) {
            violations.add("window longer than 24 hours or empty: " + start + " .. " + end);
            return Http.Answer.error(400, "AF20055", "Start time and end time must both be specified (or both omitted)"
                    + " and they must be more than zero and less than or equal to 24 hours apart.");
        }
        if (start.isBefore(now.minus(Duration.ofDays(7)))) {
            violations.add("start more than 7 days back: " + start);
            return Http.Answer.error(400, "AF20055", "Start time cannot be more than 7 days in the past.");
        }
        List<String> entries = new ArrayList<>();
        for (TenantData.Blob blob : data.blobs().get(contentType)) {
            boolean listed = !blob.created().isBefore(start) && blob.created().isBefore(end)
                    && blob.created().isAfter(now.minus(Duration.ofDays(7)));
            if (listed) {
                entries.add("{\"contentType\":\"" + contentType + "\",\"contentId\":\"" + blob.contentId()
                        + "\",\"contentUri\":\"" + feedRoot + "/audit/" + encode(blob.contentId())
                        + "\",\"contentCreated\":\"" + blob.created() + "\",\"contentExpiration\":\""
                        + blob.created().plus(Duration.ofDays(7)) + "\"}");
            }
        }
        int offset = Integer.parseInt(query.getOrDefault("nextPage", "0"));
        int endIndex = Math.min(entries.size(), offset + pageSize);
        String body = "[" + String.join(",", entries.subList(offset, endIndex)) + "]";
        if (endIndex < entries.size()) {
            String next = feedRoot + "/subscriptions/content?contentType=" + contentType + "&startTime="
                    + query.get("startTime") + "&endTime=" + query.get("endTime") + "&nextPage=" + endIndex;
            return Http.Answer.json(200, body, Map.of(nextPageHeader, next));
        }
        return Http.Answer.json(200, body);
    }

    Http.Answer blob(String contentId) {
        for (Collection<TenantData.Blob> blobs : data.blobs().values()) {
            for (TenantData.Blob blob : blobs) {
                if (blob.contentId().equals(contentId)) {
                    return new Http.Answer(200, blob.body(), Map.of("Content-Type", "application/json"));
                }
            }
        }
        return Http.Answer.error(400, "AF20051", "Content requested with the key " + contentId
                + " has already expired. Content older than 7 days cannot be retrieved.");
    }

    private static Instant time(String text) {
        String trimmed = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
        return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
