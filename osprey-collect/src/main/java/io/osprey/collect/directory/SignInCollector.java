package io.osprey.collect.directory;

import io.osprey.collect.CollectContext;
import io.osprey.collect.CollectRequest;
import io.osprey.collect.PlannedFetch;
import io.osprey.collect.Source;
import io.osprey.collect.SourceDeniedException;
import io.osprey.collect.TimeWindow;
import io.osprey.collect.checkpoint.AcquisitionState;
import io.osprey.collect.checkpoint.ItemState;
import io.osprey.collect.checkpoint.UnitStatus;
import io.osprey.collect.http.ApiException;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Microsoft Entra sign-in logs ({@code /auditLogs/signIns}) for the time range, one query per UTC day and group
 * of users, each saved as {@code signins/<acquisition>/<window>.json.gz} ({@code {"value":[...]}}, all pages).
 */
public final class SignInCollector {
    private SignInCollector() {
    }

    /** One sign-in query: a window and the users it filters on (empty: everyone). */
    record Unit(String key, TimeWindow window, List<String> users) {
    }

    static List<Unit> units(CollectRequest request, int usersPerQuery) {
        List<List<String>> groups = new ArrayList<>();
        List<String> users = request.users();
        for (int index = 0; index < users.size(); index += usersPerQuery) {
            groups.add(users.subList(index, Math.min(users.size(), index + usersPerQuery)));
        }
        if (groups.isEmpty()) {
            groups.add(List.of());
        }
        List<Unit> units = new ArrayList<>();
        for (TimeWindow window : TimeWindow.partition(request.from(), request.to(), Duration.ofDays(1))) {
            for (int group = 0; group < groups.size(); group++) {
                String key = window.key() + (groups.size() > 1 ? "#users-" + (group + 1) : "");
                units.add(new Unit(key, window, groups.get(group)));
            }
        }
        return units;
    }

    static URI uri(CollectRequest request, Unit unit) {
        StringBuilder filter = new StringBuilder("createdDateTime ge ").append(CollectContext.utc(unit.window().start()))
                .append(" and createdDateTime lt ").append(CollectContext.utc(unit.window().end()));
        if (!unit.users().isEmpty()) {
            filter.append(" and (");
            for (int index = 0; index < unit.users().size(); index++) {
                filter.append(index == 0 ? "" : " or ").append("userPrincipalName eq '")
                        .append(unit.users().get(index).replace("'", "''")).append('\'');
            }
            filter.append(')');
        }
        return URI.create(request.signIn().endpoints().graphHost() + "/v1.0/auditLogs/signIns?$filter="
                + URLEncoder.encode(filter.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
    }

    static String path(String fingerprint, Unit unit) {
        return "signins/" + fingerprint + "/" + unit.key().replace('#', '_') + ".json.gz";
    }

    public static void collect(CollectContext context) throws InterruptedException, SourceDeniedException {
        if (context.request().from().isBefore(context.options().clock().instant().minus(Duration.ofDays(30)))) {
            context.warn("Entra ID keeps sign-in logs for 30 days (7 without a P1/P2 licence): older sign-ins"
                    + " cannot be returned");
        }
        List<Unit> units = units(context.request(), context.options().signInUsersPerQuery());
        context.checkpoint().update(acquisition -> units.forEach(unit ->
                acquisition.signIns().putIfAbsent(unit.key(), ItemState.pending(unit.key()))));
        for (Unit unit : units) {
            ItemState state = context.checkpoint().read(acquisition -> acquisition.signIns()
                    .computeIfAbsent(unit.key(), ItemState::pending));
            if (state.status().isSettled()) {
                continue;
            }
            String path = path(context.fingerprint(), unit);
            try {
                MergedPages.Saved saved = MergedPages.fetch(context, List.of(uri(context.request(), unit)), path, true,
                        value -> { });
                context.checkpoint().update(acquisition -> acquisition.signIns().put(unit.key(), new ItemState(
                        unit.key(), UnitStatus.COMPLETE, List.of(path), saved.records(), saved.pages(),
                        saved.retries(), null)));
                context.progress("signins " + unit.key() + ": " + saved.records() + " sign-ins");
            } catch (ApiException e) {
                if (e.isAccessDenied()) {
                    String reason = "the sign-in log refused the app: " + e.getMessage()
                            + " (it needs AuditLog.Read.All and an Entra ID P1/P2 licence)";
                    markDenied(context, reason);
                    throw new SourceDeniedException(reason);
                }
                failed(context, unit, e.getMessage());
            } catch (IOException e) {
                failed(context, unit, "unreadable page: " + e.getMessage());
            }
        }
    }

    private static void failed(CollectContext context, Unit unit, String reason) {
        context.checkpoint().update(acquisition -> acquisition.signIns().put(unit.key(),
                new ItemState(unit.key(), UnitStatus.FAILED, List.of(), 0, 0, 0, reason)));
    }

    private static void markDenied(CollectContext context, String reason) {
        context.checkpoint().update(acquisition -> acquisition.signIns().replaceAll((key, state) ->
                state.status().isSettled() ? state
                        : new ItemState(key, UnitStatus.FAILED, List.of(), 0, 0, 0, reason)));
    }

    /** What a run would fetch, given what the checkpoint already holds (state may be null); no network. */
    public static List<PlannedFetch> plan(CollectRequest request, int usersPerQuery, AcquisitionState state) {
        List<PlannedFetch> fetches = new ArrayList<>();
        for (Unit unit : units(request, usersPerQuery)) {
            ItemState known = state == null ? null : state.signIns().get(unit.key());
            String status = known == null || known.status() == UnitStatus.PENDING ? "to fetch" : known.status().isSettled()
                    ? "already " + known.status().name().toLowerCase(Locale.ROOT) : "to fetch again";
            fetches.add(new PlannedFetch(Source.SIGNINS, "GET", uri(request, unit).toString(), unit.key(), status,
                    "all pages merged"));
        }
        return fetches;
    }
}
