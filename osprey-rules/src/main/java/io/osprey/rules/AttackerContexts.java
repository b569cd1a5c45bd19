package io.osprey.rules;

import io.osprey.model.AuditEvent;
import io.osprey.rules.engine.Cidr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The client addresses (single addresses or CIDR networks) and session ids the investigation attributed to
 * the attacker. Rules read it through the {@code AttackerContext} field; with none given, nothing is an
 * attacker context and rules that need one stay silent.
 */
public record AttackerContexts(List<Cidr> networks, Set<String> sessionIds) {
    public static final AttackerContexts NONE = new AttackerContexts(List.of(), Set.of());

    public AttackerContexts {
        networks = List.copyOf(networks);
        sessionIds = Set.copyOf(sessionIds);
    }

    /**
     * @param addresses  addresses or networks ({@code 203.0.113.7}, {@code 203.0.113.0/24}, {@code 2001:db8::/32})
     * @param sessionIds session ids (SessionId, AADSessionId)
     * @throws IllegalArgumentException naming the first value that is not an address or network
     */
    public static AttackerContexts of(Collection<String> addresses, Collection<String> sessionIds) {
        List<Cidr> networks = new ArrayList<>();
        for (String address : addresses) {
            Optional<Cidr> network = Cidr.parse(address);
            if (network.isEmpty()) {
                throw new IllegalArgumentException("not an IP address or CIDR network: '" + address + "'");
            }
            networks.add(network.get());
        }
        return new AttackerContexts(networks, Set.copyOf(sessionIds.stream().map(String::trim).toList()));
    }

    public boolean isEmpty() {
        return networks.isEmpty() && sessionIds.isEmpty();
    }

    public boolean matches(AuditEvent event) {
        if (isEmpty()) {
            return false;
        }
        if (event.sessionId() != null && sessionIds.contains(event.sessionId().trim())) {
            return true;
        }
        String address = event.clientAddress() == null ? null : event.clientAddress().normalized();
        if (address == null) {
            return false;
        }
        for (Cidr network : networks) {
            if (network.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
