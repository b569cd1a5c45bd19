package io.osprey.collect.activity;

import io.osprey.collect.CollectContext;
import io.osprey.collect.SourceDeniedException;
import io.osprey.collect.checkpoint.BlobState;
import io.osprey.collect.checkpoint.UnitStatus;
import io.osprey.collect.evidence.JsonCounts;
import io.osprey.collect.evidence.SafeNames;
import io.osprey.collect.evidence.WrittenFile;
import io.osprey.collect.http.ApiException;
import io.osprey.collect.http.ApiResponse;

import java.io.IOException;
import java.net.URI;
import java.util.function.UnaryOperator;

/**
 * Downloads one content blob and saves it exactly as received (gzip) as
 * {@code activity-api/<contentType>/<contentId>.json.gz}. A blob whose file already exists (an interrupted
 * run saved it before the checkpoint caught up, or another acquisition saved it) is taken as it is.
 */
final class BlobDownloader {
    private final CollectContext context;
    private final ActivityFeedClient client;

    BlobDownloader(CollectContext context, ActivityFeedClient client) {
        this.context = context;
        this.client = client;
    }

    static String path(String contentType, String contentId) {
        return "activity-api/" + SafeNames.of(contentType) + "/" + SafeNames.of(contentId) + ".json.gz";
    }

    void download(String contentId) throws InterruptedException, SourceDeniedException {
        BlobState blob = context.checkpoint().read(acquisition -> acquisition.activityBlobs().get(contentId));
        if (blob.status() == UnitStatus.COMPLETE && context.evidence().exists(blob.file())) {
            return;
        }
        if (context.evidence().exists(blob.file()) && adopt(blob)) {
            return;
        }
        try {
            ApiResponse response = client.blob(URI.create(blob.contentUri()));
            long records = JsonCounts.arrayElements(response.body());
            WrittenFile written = context.evidence().write(blob.file(), true, response.body());
            update(contentId, state -> state.saved(records, written.bytes(), written.sha256(), response.retries()));
        } catch (ApiException e) {
            if (e.isAccessDenied()) {
                throw new SourceDeniedException("the Management Activity API refused the app: " + e.getMessage()
                        + " (it needs the ActivityFeed.Read permission)");
            }
            update(contentId, state -> state.failed(e.getMessage(), e.attempts() - 1));
        } catch (IOException e) {
            update(contentId, state -> state.failed("unreadable blob: " + e.getMessage(), 0));
        }
    }

    private boolean adopt(BlobState blob) {
        try {
            long records = JsonCounts.arrayElementsInGzip(context.evidence().resolve(blob.file()));
            WrittenFile existing = context.evidence().describe(blob.file());
            update(blob.contentId(), state -> state.saved(records, existing.bytes(), existing.sha256(), 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void update(String contentId, UnaryOperator<BlobState> change) {
        context.checkpoint().updateLazily(acquisition ->
                acquisition.activityBlobs().computeIfPresent(contentId, (key, state) -> change.apply(state)));
    }
}
