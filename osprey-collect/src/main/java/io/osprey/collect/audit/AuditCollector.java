package io.osprey.collect.audit;

import io.osprey.collect.BoundedTasks;
import io.osprey.collect.CollectContext;
import io.osprey.collect.CollectOptions;
import io.osprey.collect.CollectRequest;
import io.osprey.collect.PlannedFetch;
import io.osprey.collect.Source;
import io.osprey.collect.SourceDeniedException;
import io.osprey.collect.TimeWindow;
import io.osprey.collect.auth.Cloud;
import io.osprey.collect.checkpoint.AcquisitionState;
import io.osprey.collect.checkpoint.AuditWindowState;
import io.osprey.collect.checkpoint.UnitStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Graph audit log query source: one query per window, windows worked on in parallel. */
public final class AuditCollector {
    private AuditCollector() {
    }

    public static List<TimeWindow> windows(CollectRequest request, CollectOptions options) {
        return TimeWindow.partition(request.from(), request.to(), options.auditWindow());
    }

    public static void collect(CollectContext context) throws InterruptedException, SourceDeniedException {
        Cloud cloud = context.endpoints().cloud();
        if (cloud != Cloud.GLOBAL && cloud != Cloud.GCC) {
            context.warn("the Graph audit log query API is documented for the global cloud only; " + cloud.cliName()
                    + " may refuse it (use --source activity-api there)");
        }
        List<TimeWindow> windows = windows(context.request(), context.options());
        context.checkpoint().update(acquisition -> windows.forEach(window ->
                acquisition.auditWindows().putIfAbsent(window.key(), AuditWindowRunner.pending(window))));
        AuditWindowRunner runner = new AuditWindowRunner(context);
        List<BoundedTasks.Task> tasks = new ArrayList<>();
        for (TimeWindow window : windows) {
            tasks.add(() -> runner.collect(window));
        }
        try {
            BoundedTasks.runAll(context.options().parallelQueries(), tasks, "audit");
        } catch (SourceDeniedException e) {
            context.checkpoint().update(acquisition -> acquisition.auditWindows().replaceAll((key, state) ->
                    state.status().isSettled() || state.status() == UnitStatus.SPLIT ? state
                            : state.finished(UnitStatus.FAILED, e.getMessage())));
            throw e;
        }
    }

    /** What a run would fetch, given what the checkpoint already holds (state may be null); no network. */
    public static List<PlannedFetch> plan(CollectRequest request, CollectOptions options, AcquisitionState state) {
        String url = AuditQueryClient.queriesUri(request.signIn().endpoints()).toString();
        String filters = "filters: operations " + orAll(request.operations()) + ", users " + orAll(request.users())
                + ", record types " + orAll(request.recordTypes());
        List<PlannedFetch> fetches = new ArrayList<>();
        for (TimeWindow window : windows(request, options)) {
            addWindow(window, state, url, filters, fetches);
        }
        return fetches;
    }

    private static void addWindow(TimeWindow window, AcquisitionState state, String url, String filters,
                                  List<PlannedFetch> fetches) {
        AuditWindowState known = state == null ? null : state.auditWindows().get(window.key());
        if (known != null && known.status() == UnitStatus.SPLIT) {
            known.children().forEach(child -> addWindow(TimeWindow.fromKey(child), state, url, filters, fetches));
            return;
        }
        String status = known == null || known.status() == UnitStatus.PENDING ? "to fetch" : known.status().isSettled()
                ? "already " + known.status().name().toLowerCase(Locale.ROOT) + " (" + known.records() + " records)"
                : "to continue (" + known.status().name().toLowerCase(Locale.ROOT) + ")";
        fetches.add(new PlannedFetch(Source.AUDIT, "POST", url, window.key(), status,
                "audit log query " + CollectContext.utc(window.start()) + " to " + CollectContext.utc(window.end())
                        + ", " + filters + "; then poll it and page its records"));
    }

    private static String orAll(List<String> values) {
        return values.isEmpty() ? "all" : String.join(",", values);
    }
}
