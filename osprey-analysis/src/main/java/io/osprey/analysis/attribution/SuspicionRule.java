package io.osprey.analysis.attribution;

import io.osprey.analysis.Reason;

import java.util.Optional;

/** One IOC-free reason to look at a context. Each rule is small and tested on its own. */
public interface SuspicionRule {
    Optional<Reason> evaluate(ContextFacts facts, TenantIndex tenant);
}
