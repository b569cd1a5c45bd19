package io.osprey.analysis.attribution;

import io.osprey.analysis.Ioc;
import io.osprey.analysis.IocKind;
import io.osprey.analysis.Reason;
import io.osprey.analysis.net.Cidr;
import io.osprey.analysis.net.IpAddresses;
import io.osprey.analysis.scan.ContextKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Matches access contexts against the analyst's indicators; a match makes the context {@code attacker}. */
public final class IocMatcher {
    public static final String CODE = "ioc";
    private static final int WEIGHT = 100;

    private final List<Ioc> iocs;
    private final List<Cidr> networks = new ArrayList<>();

    public IocMatcher(List<Ioc> iocs) {
        this.iocs = List.copyOf(iocs);
        for (Ioc ioc : iocs) {
            if (ioc.kind() == IocKind.CIDR) {
                networks.add(Cidr.parse(ioc.value()));
            }
        }
    }

    public boolean isEmpty() {
        return iocs.isEmpty();
    }

    /** One reason per indicator the context matches; empty when none. */
    public List<Reason> match(ContextKey key) {
        List<Reason> reasons = new ArrayList<>(1);
        byte[] address = key.clientIp() == null ? null : IpAddresses.parse(key.clientIp());
        int cidrIndex = 0;
        for (Ioc ioc : iocs) {
            Cidr network = ioc.kind() == IocKind.CIDR ? networks.get(cidrIndex++) : null;
            if (matches(ioc, network, key, address)) {
                reasons.add(new Reason(CODE, "matches indicator " + ioc.text(), WEIGHT));
            }
        }
        return reasons;
    }

    /**
     * True when the context matches session indicators and nothing else: a stolen token carries the victim's
     * SessionId, so such a match alone does not tell the attacker from the victim.
     */
    public boolean matchesOnlyBySession(ContextKey key) {
        byte[] address = key.clientIp() == null ? null : IpAddresses.parse(key.clientIp());
        boolean session = false;
        int cidrIndex = 0;
        for (Ioc ioc : iocs) {
            Cidr network = ioc.kind() == IocKind.CIDR ? networks.get(cidrIndex++) : null;
            if (matches(ioc, network, key, address)) {
                if (ioc.kind() != IocKind.SESSION) {
                    return false;
                }
                session = true;
            }
        }
        return session;
    }

    private static boolean matches(Ioc ioc, Cidr network, ContextKey key, byte[] address) {
        return switch (ioc.kind()) {
            case IP -> ioc.value().equals(key.clientIp());
            case CIDR -> network.contains(address);
            case SESSION -> ioc.value().equalsIgnoreCase(nullToEmpty(key.sessionId()));
            case APP -> ioc.value().equalsIgnoreCase(nullToEmpty(key.appId()))
                    || ioc.value().equalsIgnoreCase(nullToEmpty(key.clientAppId()));
            case UA -> key.clientInfoString() != null && key.clientInfoString().toLowerCase(Locale.ROOT)
                    .contains(ioc.value().toLowerCase(Locale.ROOT));
            case USER -> ioc.value().equalsIgnoreCase(nullToEmpty(key.userId()));
        };
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
