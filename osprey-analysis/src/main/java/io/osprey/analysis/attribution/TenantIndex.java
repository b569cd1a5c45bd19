package io.osprey.analysis.attribution;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tenant-wide facts the per-context rules need.
 *
 * @param sessionNetworks per SessionId, the networks it was seen from in any mailbox
 */
public record TenantIndex(Map<String, Set<String>> sessionNetworks, FirstPartyApps firstPartyApps) {
    public Set<String> networksOfSession(String sessionId) {
        return sessionId == null ? Set.of() : sessionNetworks.getOrDefault(sessionId, new TreeSet<>());
    }
}
