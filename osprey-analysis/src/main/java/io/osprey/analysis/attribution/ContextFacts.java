package io.osprey.analysis.attribution;

import io.osprey.analysis.geo.NetworkInfo;
import io.osprey.analysis.scan.ContextTally;

/**
 * One context with what the rules need around it.
 *
 * @param network     the /24 or /48 of the client IP, or null without an IP
 * @param networkInfo GeoIP facts about the client IP ({@link NetworkInfo#UNKNOWN} without databases)
 * @param baseline    the baseline of the context's mailbox
 */
public record ContextFacts(String mailbox, ContextTally context, String network, NetworkInfo networkInfo,
                           MailboxBaseline baseline) {
    /** True when the context first appeared after its mailbox's baseline period. */
    public boolean afterBaseline() {
        return baseline.available() && !context.firstSeen().isBefore(baseline.end());
    }

    /** True when the context's network is part of its mailbox's baseline. */
    public boolean matchesBaselineNetwork() {
        return baseline.knowsNetwork(network);
    }
}
