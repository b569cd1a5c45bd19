package io.osprey.collect.activity;

import io.osprey.collect.BoundedTasks;
import io.osprey.collect.CollectContext;
import io.osprey.collect.SourceDeniedException;
import io.osprey.collect.TimeWindow;
import io.osprey.collect.checkpoint.ActivityWindowState;
import io.osprey.collect.checkpoint.BlobState;
import io.osprey.collect.checkpoint.UnitStatus;
import io.osprey.collect.http.ApiException;
import io.osprey.collect.http.ApiResponse;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Lists one content type's content for one window of at most 24 hours, never further back than the API's
 * 7-day reach and never into the future, following NextPageUri; then downloads the listed blobs in parallel.
 */
final class ActivityWindowRunner {
    private final CollectContext context;
    private final ActivityFeedClient client;
    private final BlobDownloader downloader;

    ActivityWindowRunner(CollectContext context) {
        this.context = context;
        this.client = new ActivityFeedClient(context);
        this.downloader = new BlobDownloader(context, client);
    }

    static String key(String contentType, TimeWindow window) {
        return contentType + "/" + window.key();
    }

    void collect(String contentType, TimeWindow planned) throws InterruptedException, SourceDeniedException {
        String key = key(contentType, planned);
        ActivityWindowState state = current(contentType, planned);
        if (state.status().isSettled()) {
            return;
        }
        if (state.status() == UnitStatus.OPEN || state.status() == UnitStatus.FAILED) {
            update(key, ActivityWindowState::relisting);
            state = current(contentType, planned);
        }
        boolean listed = state.status() == UnitStatus.IN_PROGRESS && state.pagesListed() > 0
                && state.nextPageUri() == null;
        if (!listed) {
            if (state.nextPageUri() == null && !ask(key, planned)) {
                return;
            }
            if (!list(key)) {
                return;
            }
        }
        download(key);
        settle(key, planned);
        context.handOverSettledEvidence();
    }

    /** Decides the asked range; false when nothing can be asked now. */
    private boolean ask(String key, TimeWindow planned) {
        ActivityReach reach = ActivityReach.at(context.options().clock().instant(), context.options().activityReachMargin());
        if (!planned.start().isBefore(reach.now())) {
            update(key, state -> state.finished(UnitStatus.OPEN, "lies in the future at collection time"));
            return false;
        }
        Instant start = reach.earliestStart().isAfter(planned.start()) ? reach.earliestStart() : planned.start();
        Instant end = reach.now().isBefore(planned.end()) ? reach.now() : planned.end();
        if (!start.isBefore(end)) {
            update(key, state -> state.finished(UnitStatus.OUT_OF_REACH, "older than the Management Activity API's"
                    + " 7-day reach at collection time (" + CollectContext.utc(reach.earliestStart()) + ")"));
            return false;
        }
        update(key, state -> state.asked(CollectContext.utc(start), CollectContext.utc(end)));
        return true;
    }

    /** Reads every listing page; false when the listing failed (the window is then FAILED). */
    private boolean list(String key) throws InterruptedException, SourceDeniedException {
        ActivityWindowState state = context.checkpoint().read(acquisition -> acquisition.activityWindows().get(key));
        URI next = state.nextPageUri() != null ? URI.create(state.nextPageUri())
                : ActivityFeedClient.listUri(context.endpoints(), context.tenant(), state.contentType(),
                Instant.parse(state.askedStartUtc()), Instant.parse(state.askedEndUtc()));
        try {
            while (next != null) {
                ApiResponse response = client.list(next);
                List<ContentEntry> entries = ContentEntry.parseListing(response.body(), state.contentType());
                String following = response.header("NextPageUri", "NextPageUrl");
                context.checkpoint().update(acquisition -> {
                    List<String> ids = new ArrayList<>();
                    for (ContentEntry entry : entries) {
                        acquisition.activityBlobs().putIfAbsent(entry.contentId(), pendingBlob(entry));
                        ids.add(entry.contentId());
                    }
                    acquisition.activityWindows().computeIfPresent(key, (k, current) ->
                            current.withPage(ids, following, response.retries()));
                });
                next = following == null ? null : URI.create(following);
            }
            return true;
        } catch (ApiException e) {
            if (e.isAccessDenied()) {
                throw new SourceDeniedException("the Management Activity API refused the app: " + e.getMessage()
                        + " (it needs the ActivityFeed.Read permission)");
            }
            update(key, current -> current.finished(UnitStatus.FAILED, e.getMessage()));
        } catch (IOException e) {
            update(key, current -> current.finished(UnitStatus.FAILED, "unreadable content listing: " + e.getMessage()));
        }
        return false;
    }

    private void download(String key) throws InterruptedException, SourceDeniedException {
        List<String> pending = context.checkpoint().read(acquisition -> acquisition.activityWindows().get(key)
                .contentIds().stream()
                .filter(id -> acquisition.activityBlobs().get(id).status() != UnitStatus.COMPLETE
                        || !context.evidence().exists(acquisition.activityBlobs().get(id).file()))
                .toList());
        List<BoundedTasks.Task> tasks = new ArrayList<>();
        for (String contentId : pending) {
            tasks.add(() -> downloader.download(contentId));
        }
        try {
            BoundedTasks.runAll(context.options().parallelDownloads(), tasks, "blobs");
        } finally {
            context.checkpoint().flush();
        }
    }

    private void settle(String key, TimeWindow planned) {
        context.checkpoint().update(acquisition -> {
            ActivityWindowState state = acquisition.activityWindows().get(key);
            long failed = state.contentIds().stream()
                    .filter(id -> acquisition.activityBlobs().get(id).status() != UnitStatus.COMPLETE).count();
            long records = state.contentIds().stream().mapToLong(id -> acquisition.activityBlobs().get(id).records()).sum();
            ActivityWindowState settled;
            if (failed > 0) {
                settled = state.finished(UnitStatus.FAILED, failed + " content blob(s) could not be downloaded");
            } else if (!Instant.parse(state.askedEndUtc()).equals(planned.end())) {
                settled = state.finished(UnitStatus.OPEN, "listed up to " + state.askedEndUtc()
                        + "; a later run lists the rest");
            } else {
                settled = state.finished(UnitStatus.COMPLETE, null);
            }
            acquisition.activityWindows().put(key, settled);
            context.progress("activity-api " + key + ": " + state.contentIds().size() + " blobs, " + records
                    + " records" + (failed > 0 ? ", " + failed + " failed" : ""));
        });
    }

    private static BlobState pendingBlob(ContentEntry entry) {
        return new BlobState(entry.contentId(), entry.contentType(), entry.contentUri(), entry.contentCreated(),
                UnitStatus.PENDING, BlobDownloader.path(entry.contentType(), entry.contentId()), 0, 0, null, 0, null);
    }

    private ActivityWindowState current(String contentType, TimeWindow planned) {
        return context.checkpoint().read(acquisition -> acquisition.activityWindows()
                .computeIfAbsent(key(contentType, planned), key -> pending(contentType, planned)));
    }

    static ActivityWindowState pending(String contentType, TimeWindow planned) {
        return new ActivityWindowState(key(contentType, planned), contentType, CollectContext.utc(planned.start()),
                CollectContext.utc(planned.end()), null, null, UnitStatus.PENDING, 0, null, List.of(), 0, null);
    }

    private void update(String key, UnaryOperator<ActivityWindowState> change) {
        context.checkpoint().update(acquisition ->
                acquisition.activityWindows().computeIfPresent(key, (k, state) -> change.apply(state)));
    }
}
