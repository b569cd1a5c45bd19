package io.osprey.analysis.attribution;

import io.osprey.analysis.Reason;

import java.util.Optional;
import java.util.Set;

/**
 * A SessionId used from two networks (/24 or /48 differ) at the same time: the signature of a stolen token or
 * cookie, which carries the victim's session while the victim goes on using it. A session that moved from one
 * network to another and stayed there (a laptop taken home) is not flagged. The context flagged is the one
 * whose network is not the mailbox's own.
 */
public final class SessionFromTwoNetworksRule implements SuspicionRule {
    public static final String CODE = "session-two-networks";

    @Override
    public Optional<Reason> evaluate(ContextFacts facts, TenantIndex tenant) {
        String session = facts.context().key().sessionId();
        if (session == null || facts.network() == null || facts.matchesBaselineNetwork()) {
            return Optional.empty();
        }
        Set<String> networks = tenant.networksOfSession(session);
        if (networks.size() < 2 || !tenant.usedElsewhereMeanwhile(session, facts.network())) {
            return Optional.empty();
        }
        return Optional.of(new Reason(CODE, "session " + session + " seen from " + networks.size()
                + " networks " + String.join(", ", networks) + "; this one (" + facts.network()
                + ") is not in the mailbox's baseline: token theft?", 4));
    }
}
