package io.osprey.analysis.attribution;

import io.osprey.analysis.Reason;

import java.util.Map;
import java.util.Optional;

/**
 * A client network the mailbox never used in its baseline period — unless it is the owner's own session that
 * moved there from a baseline network (and was not used from both at once).
 */
public final class FirstSeenNetworkRule implements SuspicionRule {
    public static final String CODE = "first-seen-network";

    /**
     * The mailbox's own session, used before from one of its baseline networks and no longer there when it
     * appeared here: the owner's device moved (office to home), not a token replayed elsewhere.
     */
    private static boolean movedFromABaselineNetwork(ContextFacts facts, TenantIndex tenant) {
        String session = facts.context().key().sessionId();
        Map<String, TenantIndex.Span> spans = tenant.spansOfSession(session);
        TenantIndex.Span here = spans.get(facts.network());
        if (here == null || tenant.usedElsewhereMeanwhile(session, facts.network())) {
            return false;
        }
        return spans.entrySet().stream().anyMatch(other -> facts.baseline().knowsNetwork(other.getKey())
                && other.getValue().last().isBefore(here.first()));
    }

    @Override
    public Optional<Reason> evaluate(ContextFacts facts, TenantIndex tenant) {
        if (facts.network() == null || !facts.afterBaseline() || facts.matchesBaselineNetwork()
                || movedFromABaselineNetwork(facts, tenant)) {
            return Optional.empty();
        }
        return Optional.of(new Reason(CODE, "first-seen network " + facts.network() + " (IP "
                + facts.context().key().clientIp() + ") for the mailbox, first used "
                + facts.context().firstSeen() + "; not seen in its baseline before " + facts.baseline().end(), 3));
    }
}
