package io.osprey.collect.checkpoint;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;

/**
 * A Graph audit log query window: what was asked, what came back.
 *
 * @param key                    the window key ({@code 20240101T000000Z_20240102T000000Z})
 * @param startUtc               filterStartDateTime
 * @param endUtc                 filterEndDateTime
 * @param status                 where it stands
 * @param queryId                the current query, while it is useful
 * @param queriesSubmitted       queries created for the window so far
 * @param lastQueryStatus        the last status the service reported
 * @param approximateRecordCount what the service announced, when it did
 * @param records                records saved
 * @param retries                HTTP retries (throttling, server errors, cut bodies) spent on the window
 * @param pages                  saved pages
 * @param nextLink               where paging continues, while in progress
 * @param children               the halves' keys when split
 * @param failure                why the window is not complete, when it is not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditWindowState(String key, String startUtc, String endUtc, UnitStatus status, String queryId,
                               int queriesSubmitted, String lastQueryStatus, Long approximateRecordCount,
                               long records, int retries, List<PageState> pages, String nextLink,
                               List<String> children, String failure) {
    public AuditWindowState {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    public static AuditWindowState pending(String key, String startUtc, String endUtc) {
        return new AuditWindowState(key, startUtc, endUtc, UnitStatus.PENDING, null, 0, null, null, 0, 0, List.of(),
                null, null, null);
    }

    public AuditWindowState withQuery(String id) {
        return new AuditWindowState(key, startUtc, endUtc, UnitStatus.IN_PROGRESS, id, queriesSubmitted + 1,
                "notStarted", null, 0, retries, List.of(), null, null, null);
    }

    public AuditWindowState withQueryStatus(String queryStatus, Long approximate, int moreRetries) {
        return new AuditWindowState(key, startUtc, endUtc, status, queryId, queriesSubmitted, queryStatus,
                approximate, records, retries + moreRetries, pages, nextLink, children, failure);
    }

    public AuditWindowState withPage(PageState page, String next) {
        List<PageState> more = new ArrayList<>(pages);
        more.add(page);
        return new AuditWindowState(key, startUtc, endUtc, UnitStatus.IN_PROGRESS, queryId, queriesSubmitted,
                lastQueryStatus, approximateRecordCount, records + page.records(), retries + page.retries(), more,
                next, children, failure);
    }

    /** Forgets the query and its pages (an expired query, a retry): the window starts over. */
    public AuditWindowState restarted(int moreRetries, String reason) {
        return new AuditWindowState(key, startUtc, endUtc, UnitStatus.PENDING, null, queriesSubmitted,
                lastQueryStatus, null, 0, retries + moreRetries, List.of(), null, null, reason);
    }

    public AuditWindowState finished(UnitStatus finalStatus, String reason) {
        return new AuditWindowState(key, startUtc, endUtc, finalStatus, null, queriesSubmitted, lastQueryStatus,
                approximateRecordCount, records, retries, pages, null, children, reason);
    }

    public AuditWindowState split(List<String> halves, String reason) {
        return new AuditWindowState(key, startUtc, endUtc, UnitStatus.SPLIT, null, queriesSubmitted,
                lastQueryStatus, approximateRecordCount, 0, retries, List.of(), null, List.copyOf(halves), reason);
    }

    /** A failed window taken up again by a new run, with a fresh budget of queries. */
    public AuditWindowState retriedByNewRun() {
        return new AuditWindowState(key, startUtc, endUtc, UnitStatus.PENDING, null, 0, lastQueryStatus, null, 0,
                retries, List.of(), null, null, failure);
    }

    public AuditWindowState withRetries(int moreRetries) {
        return new AuditWindowState(key, startUtc, endUtc, status, queryId, queriesSubmitted, lastQueryStatus,
                approximateRecordCount, records, retries + moreRetries, pages, nextLink, children, failure);
    }
}
