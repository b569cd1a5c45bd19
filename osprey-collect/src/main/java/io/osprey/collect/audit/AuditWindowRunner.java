package io.osprey.collect.audit;

import io.osprey.collect.CollectContext;
import io.osprey.collect.SourceDeniedException;
import io.osprey.collect.TimeWindow;
import io.osprey.collect.checkpoint.AuditWindowState;
import io.osprey.collect.checkpoint.UnitStatus;
import io.osprey.collect.http.ApiException;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Collects one audit log query window: create the query, poll it until it ends, page its records into evidence,
 * split the window in halves when the query hits the record limit or keeps failing, and record every step in
 * the checkpoint so a new run continues where this one stopped.
 */
final class AuditWindowRunner {
    private final CollectContext context;
    private final AuditQueryClient client;
    private final AuditPages pages;

    AuditWindowRunner(CollectContext context) {
        this.context = context;
        this.client = new AuditQueryClient(context);
        this.pages = new AuditPages(context);
    }

    void collect(TimeWindow window) throws InterruptedException, SourceDeniedException {
        AuditWindowState state = current(window);
        if (state.status().isSettled()) {
            return;
        }
        if (state.status() == UnitStatus.SPLIT) {
            for (String child : state.children()) {
                collect(TimeWindow.fromKey(child));
            }
            return;
        }
        if (state.status() == UnitStatus.FAILED) {
            pages.deleteFiles(state);
            update(window, AuditWindowState::retriedByNewRun);
        }
        query(window);
    }

    private void query(TimeWindow window) throws InterruptedException, SourceDeniedException {
        while (true) {
            String failure;
            try {
                if (current(window).queryId() == null && !submit(window)) {
                    return;
                }
                QueryStatus status = await(window);
                if (status == null) {
                    failure = "the query did not finish within " + context.options().maxQueryWait();
                } else if (!status.succeeded()) {
                    failure = "the query ended with status " + status.status();
                } else if (status.recordLimitExceeded() && canSplit(window)) {
                    split(window, "the query hit the service's record limit");
                    return;
                } else {
                    pages.fetchAll(window, current(window));
                    UnitStatus done = status.recordLimitExceeded() ? UnitStatus.TRUNCATED : UnitStatus.COMPLETE;
                    update(window, state -> state.finished(done, null));
                    context.progress("audit " + window.key() + ": " + current(window).records() + " records");
                    context.handOverSettledEvidence();
                    return;
                }
            } catch (ApiException e) {
                if (e.isAccessDenied()) {
                    throw denied(e);
                }
                failure = e.getMessage();
            } catch (IOException e) {
                failure = "a records page was not a Graph page: " + e.getMessage();
            }
            if (!retryOrSettle(window, failure)) {
                return;
            }
        }
    }

    /** Creates the window's query; false when the service could not be reached (the window is then FAILED). */
    private boolean submit(TimeWindow window) throws InterruptedException, SourceDeniedException {
        try {
            AuditQueryClient.Created created = client.create(window);
            update(window, state -> state.withQuery(created.id()).withRetries(created.retries()));
            return true;
        } catch (ApiException e) {
            if (e.status() != ApiException.GAVE_UP) {
                throw denied(e);
            }
            update(window, state -> state.finished(UnitStatus.FAILED, "could not create a query: " + e.getMessage()));
            return false;
        }
    }

    private QueryStatus await(TimeWindow window) throws ApiException, InterruptedException {
        Instant deadline = context.options().clock().instant().plus(context.options().maxQueryWait());
        String id = current(window).queryId();
        while (true) {
            QueryStatus status = client.status(id);
            update(window, state -> state.withQueryStatus(status.status(), status.approximateCount(),
                    status.retries()));
            if (status.ended()) {
                return status;
            }
            if (!context.options().clock().instant().isBefore(deadline)) {
                return null;
            }
            context.options().retry().sleeper().sleep(context.options().pollInterval());
        }
    }

    /** After a failed query: true to try a new query, false when the window is split or given up. */
    private boolean retryOrSettle(TimeWindow window, String failure)
            throws InterruptedException, SourceDeniedException {
        AuditWindowState state = current(window);
        if (state.queriesSubmitted() < context.options().maxQueryAttempts()) {
            pages.deleteFiles(state);
            update(window, current -> current.restarted(0, failure));
            Duration wait = context.options().retry().delay(state.queriesSubmitted(), null);
            context.progress("audit " + window.key() + ": " + failure + "; new query in " + wait.toSeconds() + " s");
            context.options().retry().sleeper().sleep(wait);
            return true;
        }
        if (canSplit(window)) {
            split(window, failure);
        } else {
            update(window, current -> current.finished(UnitStatus.FAILED, failure));
        }
        return false;
    }

    private boolean canSplit(TimeWindow window) {
        return window.duration().compareTo(context.options().minimumAuditWindow().multipliedBy(2)) >= 0;
    }

    private void split(TimeWindow window, String reason) throws InterruptedException, SourceDeniedException {
        List<TimeWindow> halves = window.halves();
        pages.deleteFiles(current(window));
        context.checkpoint().update(acquisition -> {
            for (TimeWindow half : halves) {
                acquisition.auditWindows().putIfAbsent(half.key(), pending(half));
            }
            acquisition.auditWindows().computeIfPresent(window.key(), (key, state) ->
                    state.split(halves.stream().map(TimeWindow::key).toList(), reason));
        });
        context.progress("audit " + window.key() + ": " + reason + "; split in two");
        for (TimeWindow half : halves) {
            collect(half);
        }
    }

    private SourceDeniedException denied(ApiException e) {
        return new SourceDeniedException("the Graph audit log query API refused the app: " + e.getMessage()
                + (e.isAccessDenied() ? " (it needs the AuditLogsQuery.Read.All permission)" : ""));
    }

    static AuditWindowState pending(TimeWindow window) {
        return AuditWindowState.pending(window.key(), CollectContext.utc(window.start()),
                CollectContext.utc(window.end()));
    }

    private AuditWindowState current(TimeWindow window) {
        return context.checkpoint().read(acquisition -> acquisition.auditWindows()
                .computeIfAbsent(window.key(), key -> pending(window)));
    }

    private void update(TimeWindow window, UnaryOperator<AuditWindowState> change) {
        context.checkpoint().update(acquisition -> acquisition.auditWindows()
                .compute(window.key(), (key, state) -> change.apply(state == null ? pending(window) : state)));
    }
}
