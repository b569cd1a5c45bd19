package io.osprey.collect.activity;

import io.osprey.collect.CollectContext;
import io.osprey.collect.CollectOptions;
import io.osprey.collect.CollectRequest;
import io.osprey.collect.PlannedFetch;
import io.osprey.collect.Source;
import io.osprey.collect.SourceDeniedException;
import io.osprey.collect.TimeWindow;
import io.osprey.collect.checkpoint.AcquisitionState;
import io.osprey.collect.checkpoint.ActivityWindowState;
import io.osprey.collect.checkpoint.UnitStatus;
import io.osprey.collect.http.ApiException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Office 365 Management Activity API source: start the subscriptions, then list and download each content
 * type's content window by window (UTC days, so no window exceeds 24 hours).
 */
public final class ActivityCollector {
    private ActivityCollector() {
    }

    public static List<TimeWindow> windows(CollectRequest request) {
        return TimeWindow.partition(request.from(), request.to(), Duration.ofDays(1));
    }

    public static void collect(CollectContext context) throws InterruptedException, SourceDeniedException {
        ActivityFeedClient client = new ActivityFeedClient(context);
        for (String contentType : context.options().activityContentTypes()) {
            subscribe(context, client, contentType);
        }
        warnAboutReach(context);
        List<TimeWindow> windows = windows(context.request());
        context.checkpoint().update(acquisition -> context.options().activityContentTypes().forEach(contentType ->
                windows.forEach(window -> acquisition.activityWindows().putIfAbsent(
                        ActivityWindowRunner.key(contentType, window),
                        ActivityWindowRunner.pending(contentType, window)))));
        ActivityWindowRunner runner = new ActivityWindowRunner(context);
        try {
            for (String contentType : context.options().activityContentTypes()) {
                for (TimeWindow window : windows) {
                    runner.collect(contentType, window);
                }
            }
        } catch (SourceDeniedException e) {
            context.checkpoint().update(acquisition -> acquisition.activityWindows().replaceAll((key, state) ->
                    state.status().isSettled() || state.status() == UnitStatus.OPEN ? state
                            : state.finished(UnitStatus.FAILED, e.getMessage())));
            throw e;
        }
    }

    private static void subscribe(CollectContext context, ActivityFeedClient client, String contentType)
            throws InterruptedException, SourceDeniedException {
        boolean known = context.checkpoint().read(acquisition ->
                acquisition.subscriptions().containsKey(contentType));
        if (known) {
            return;
        }
        try {
            boolean startedNow = client.start(contentType);
            String when = CollectContext.utc(context.options().clock().instant());
            context.checkpoint().update(acquisition -> acquisition.subscriptions().put(contentType,
                    startedNow ? "started by osprey at " + when : "already enabled at " + when));
            if (startedNow) {
                context.warn("the " + contentType + " subscription was started now: the service can take up to"
                        + " 12 hours to publish content, and does not publish content from before the subscription;"
                        + " run collect again later");
            }
        } catch (ApiException e) {
            if (e.isAccessDenied()) {
                throw new SourceDeniedException("the Management Activity API refused the app: " + e.getMessage()
                        + " (it needs the ActivityFeed.Read permission)");
            }
            context.warn("could not start the " + contentType + " subscription: " + e.getMessage());
        }
    }

    private static void warnAboutReach(CollectContext context) {
        ActivityReach reach = ActivityReach.at(context.options().clock().instant(),
                context.options().activityReachMargin());
        if (context.request().from().isBefore(reach.earliestStart())) {
            context.warn("the Management Activity API reaches only 7 days back: activity-api content from "
                    + CollectContext.utc(context.request().from()) + " to " + CollectContext.utc(reach.earliestStart())
                    + " was not requested (use --source audit for older records)");
        }
    }

    /** What a run would fetch, given what the checkpoint already holds (state may be null); no network. */
    public static List<PlannedFetch> plan(CollectRequest request, CollectOptions options, AcquisitionState state) {
        List<PlannedFetch> fetches = new ArrayList<>();
        String tenant = request.signIn().tenant();
        ActivityReach reach = ActivityReach.at(options.clock().instant(), options.activityReachMargin());
        for (String contentType : options.activityContentTypes()) {
            boolean subscribed = state != null && state.subscriptions().containsKey(contentType);
            fetches.add(new PlannedFetch(Source.ACTIVITY_API, "POST", ActivityFeedClient.startUri(
                    request.signIn().endpoints(), tenant, contentType).toString(), contentType,
                    subscribed ? "already done" : "to fetch", "start the subscription (AF20024: already enabled)"));
            for (TimeWindow window : windows(request)) {
                fetches.add(listing(request, contentType, window, reach, state));
            }
        }
        return fetches;
    }

    private static PlannedFetch listing(CollectRequest request, String contentType, TimeWindow window,
                                        ActivityReach reach, AcquisitionState state) {
        ActivityWindowState known = state == null ? null
                : state.activityWindows().get(ActivityWindowRunner.key(contentType, window));
        String key = ActivityWindowRunner.key(contentType, window);
        if (known != null && known.status().isSettled()) {
            return new PlannedFetch(Source.ACTIVITY_API, "GET", "-", key,
                    "already " + known.status().name().toLowerCase(Locale.ROOT), null);
        }
        Instant start = reach.earliestStart().isAfter(window.start()) ? reach.earliestStart() : window.start();
        Instant end = reach.now().isBefore(window.end()) ? reach.now() : window.end();
        if (!start.isBefore(end)) {
            return new PlannedFetch(Source.ACTIVITY_API, "GET", "-", key, "skipped",
                    window.end().isAfter(reach.now()) ? "in the future" : "older than the 7-day reach");
        }
        String note = "list content, follow NextPageUri, download each blob";
        if (!start.equals(window.start())) {
            note += "; start clamped from " + CollectContext.utc(window.start()) + " to the 7-day reach";
        }
        if (!end.equals(window.end())) {
            note += "; end clamped to now";
        }
        return new PlannedFetch(Source.ACTIVITY_API, "GET", ActivityFeedClient.listUri(request.signIn().endpoints(),
                request.signIn().tenant(), contentType, start, end).toString(), key,
                known == null || known.status() == UnitStatus.PENDING ? "to fetch" : "to continue", note);
    }
}
