package io.osprey.analysis.attribution;

import io.osprey.analysis.Reason;
import io.osprey.analysis.scan.ContextTally;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One hop from the attacker's contexts, tenant-wide: other IPs that used an attacker session, other sessions
 * seen from an attacker IP, and contexts of an attacker's third-party app (in any mailbox). A pivot makes a
 * context {@code suspicious}, never {@code attacker}; a context matching its mailbox's baseline network
 * stays {@code user} (the victim's own use of the stolen session).
 */
public final class Pivots {
    public static final String SESSION = "pivot-session";
    public static final String IP = "pivot-ip";
    public static final String APP = "pivot-app";
    private static final int WEIGHT = 10;

    private final Map<String, ContextTally> attackerSessions = new LinkedHashMap<>();
    private final Map<String, ContextTally> attackerIps = new LinkedHashMap<>();
    private final Map<String, ContextTally> attackerApps = new LinkedHashMap<>();

    /**
     * @param attackers     the attacker contexts
     * @param pivotAppIds   app ids worth pivoting on (third-party ones, and any named by an app indicator)
     */
    public Pivots(Collection<ContextTally> attackers, java.util.function.Predicate<String> pivotAppIds) {
        for (ContextTally attacker : attackers) {
            putIfPresent(attackerSessions, attacker.key().sessionId(), attacker);
            putIfPresent(attackerIps, attacker.key().clientIp(), attacker);
            if (attacker.key().clientAppId() != null && pivotAppIds.test(attacker.key().clientAppId())) {
                attackerApps.putIfAbsent(attacker.key().clientAppId(), attacker);
            }
            if (attacker.key().appId() != null && pivotAppIds.test(attacker.key().appId())) {
                attackerApps.putIfAbsent(attacker.key().appId(), attacker);
            }
        }
    }

    /** The pivot reasons for a non-attacker context; empty when it matches its mailbox's baseline network. */
    public List<Reason> reasons(ContextFacts facts) {
        List<Reason> reasons = new ArrayList<>(1);
        if (facts.matchesBaselineNetwork()) {
            return reasons;
        }
        ContextTally context = facts.context();
        String ip = context.key().clientIp();
        ContextTally viaSession = context.key().sessionId() == null ? null
                : attackerSessions.get(context.key().sessionId());
        if (viaSession != null && ip != null && !ip.equals(viaSession.key().clientIp())) {
            reasons.add(new Reason(SESSION, "IP " + ip + " used session " + context.key().sessionId()
                    + " of attacker context " + viaSession.contextId(), WEIGHT));
        }
        ContextTally viaIp = ip == null ? null : attackerIps.get(ip);
        if (viaIp != null && !java.util.Objects.equals(context.key().sessionId(), viaIp.key().sessionId())) {
            reasons.add(new Reason(IP, "session " + context.key().sessionId() + " seen from attacker IP " + ip
                    + " (attacker context " + viaIp.contextId() + ")", WEIGHT));
        }
        ContextTally viaApp = appPivot(context);
        if (viaApp != null) {
            String app = attackerApps.containsKey(context.key().clientAppId()) ? context.key().clientAppId()
                    : context.key().appId();
            reasons.add(new Reason(APP, "application " + app + " of attacker context " + viaApp.contextId()
                    + " reached mailbox " + facts.mailbox(), WEIGHT));
        }
        return reasons;
    }

    private ContextTally appPivot(ContextTally context) {
        ContextTally viaClientApp = context.key().clientAppId() == null ? null
                : attackerApps.get(context.key().clientAppId());
        if (viaClientApp != null) {
            return viaClientApp;
        }
        return context.key().appId() == null ? null : attackerApps.get(context.key().appId());
    }

    private static void putIfPresent(Map<String, ContextTally> map, String key, ContextTally context) {
        if (key != null) {
            map.putIfAbsent(key, context);
        }
    }
}
