package io.osprey.analysis.attribution;

import io.osprey.analysis.Reason;

import java.util.Optional;

/** With a MaxMind-format City or Country database: a country the mailbox was never accessed from in its baseline. */
public final class NewCountryRule implements SuspicionRule {
    public static final String CODE = "new-country";

    @Override
    public Optional<Reason> evaluate(ContextFacts facts, TenantIndex tenant) {
        String country = facts.networkInfo().countryCode();
        if (country == null || !facts.afterBaseline() || facts.baseline().countries().isEmpty()
                || facts.baseline().countries().contains(country)) {
            return Optional.empty();
        }
        return Optional.of(new Reason(CODE, "access from " + country + ", a country not seen in the mailbox's"
                + " baseline (" + String.join(", ", new java.util.TreeSet<>(facts.baseline().countries())) + ")", 3));
    }
}
