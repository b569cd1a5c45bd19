package io.osprey.collect.checkpoint;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A Management Activity API content listing window for one content type.
 *
 * @param key           {@code contentType/windowKey}
 * @param contentType   e.g. {@code Audit.Exchange}
 * @param plannedStartUtc the window as planned (aligned to UTC days)
 * @param plannedEndUtc   the window as planned
 * @param askedStartUtc the startTime actually sent (later than planned when clamped to the 7-day reach)
 * @param askedEndUtc   the endTime actually sent (earlier than planned when the window reaches into the future)
 * @param status        where it stands
 * @param pagesListed   listing pages read
 * @param nextPageUri   where the listing continues, while in progress
 * @param contentIds    the content listed in the window
 * @param retries       HTTP retries spent on the listing
 * @param failure       why the window is not complete, when it is not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityWindowState(String key, String contentType, String plannedStartUtc, String plannedEndUtc,
                                  String askedStartUtc, String askedEndUtc, UnitStatus status, int pagesListed,
                                  String nextPageUri, List<String> contentIds, int retries, String failure) {
    public ActivityWindowState {
        contentIds = contentIds == null ? List.of() : List.copyOf(contentIds);
    }

    public ActivityWindowState asked(String start, String end) {
        return new ActivityWindowState(key, contentType, plannedStartUtc, plannedEndUtc, start, end,
                UnitStatus.IN_PROGRESS, pagesListed, nextPageUri, contentIds, retries, null);
    }

    public ActivityWindowState withPage(List<String> newContentIds, String next, int moreRetries) {
        LinkedHashSet<String> all = new LinkedHashSet<>(contentIds);
        all.addAll(newContentIds);
        return new ActivityWindowState(key, contentType, plannedStartUtc, plannedEndUtc, askedStartUtc, askedEndUtc,
                UnitStatus.IN_PROGRESS, pagesListed + 1, next, new ArrayList<>(all), retries + moreRetries, null);
    }

    /** A fresh listing of the window (an OPEN window listed again, a FAILED one retried). */
    public ActivityWindowState relisting() {
        return new ActivityWindowState(key, contentType, plannedStartUtc, plannedEndUtc, askedStartUtc, askedEndUtc,
                UnitStatus.PENDING, 0, null, contentIds, retries, null);
    }

    public ActivityWindowState finished(UnitStatus finalStatus, String reason) {
        return new ActivityWindowState(key, contentType, plannedStartUtc, plannedEndUtc, askedStartUtc, askedEndUtc,
                finalStatus, pagesListed, null, contentIds, retries, reason);
    }
}
