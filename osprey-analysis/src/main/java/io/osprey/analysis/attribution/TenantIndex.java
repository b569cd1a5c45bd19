package io.osprey.analysis.attribution;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tenant-wide facts the per-context rules need.
 *
 * @param sessionNetworks per SessionId, the networks it was seen from in any mailbox, each with the span of time
 *                        it was used from there
 */
public record TenantIndex(Map<String, Map<String, Span>> sessionNetworks, FirstPartyApps firstPartyApps) {

    /** When a session was used from one network: its first and last record there. */
    public record Span(Instant first, Instant last) {
        public boolean overlaps(Span other) {
            return !first.isAfter(other.last) && !other.first.isAfter(last);
        }

        public Span union(Span other) {
            return new Span(first.isBefore(other.first) ? first : other.first,
                    last.isAfter(other.last) ? last : other.last);
        }
    }

    public Set<String> networksOfSession(String sessionId) {
        return spansOfSession(sessionId).keySet();
    }

    /** The networks of a session with their spans, in network order. */
    public Map<String, Span> spansOfSession(String sessionId) {
        Map<String, Span> spans = sessionId == null ? null : sessionNetworks.get(sessionId);
        return spans == null ? Map.of() : new TreeMap<>(spans);
    }

    /**
     * True when the session was used from another network during the span it was used from {@code network}:
     * the same token in two places at once (a replayed token), not a device that moved.
     */
    public boolean usedElsewhereMeanwhile(String sessionId, String network) {
        Map<String, Span> spans = spansOfSession(sessionId);
        Span here = spans.get(network);
        if (here == null) {
            return false;
        }
        return spans.entrySet().stream()
                .anyMatch(other -> !other.getKey().equals(network) && other.getValue().overlaps(here));
    }
}
