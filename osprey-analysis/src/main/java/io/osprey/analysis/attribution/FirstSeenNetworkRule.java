package io.osprey.analysis.attribution;

import io.osprey.analysis.Reason;

import java.util.Optional;

/** A client network the mailbox never used in its baseline period. */
public final class FirstSeenNetworkRule implements SuspicionRule {
    public static final String CODE = "first-seen-network";

    @Override
    public Optional<Reason> evaluate(ContextFacts facts, TenantIndex tenant) {
        if (facts.network() == null || !facts.afterBaseline() || facts.matchesBaselineNetwork()) {
            return Optional.empty();
        }
        return Optional.of(new Reason(CODE, "first-seen network " + facts.network() + " (IP "
                + facts.context().key().clientIp() + ") for the mailbox, first used "
                + facts.context().firstSeen() + "; not seen in its baseline before " + facts.baseline().end(), 3));
    }
}
