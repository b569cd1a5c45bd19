package io.osprey.cli;

import io.osprey.analysis.Ioc;
import io.osprey.analysis.IocKind;
import io.osprey.rules.AttackerContexts;

import java.util.ArrayList;
import java.util.List;

/**
 * The investigation's network and session indicators as the hunt's attacker contexts: the rules that need an
 * attacker context (mail searches and sends from it) fire on records from those addresses or sessions.
 */
final class AttackerIndicators {
    private AttackerIndicators() {
    }

    static AttackerContexts of(List<Ioc> iocs) {
        List<String> addresses = new ArrayList<>();
        List<String> sessions = new ArrayList<>();
        for (Ioc ioc : iocs) {
            if (ioc.kind() == IocKind.IP || ioc.kind() == IocKind.CIDR) {
                addresses.add(ioc.value());
            } else if (ioc.kind() == IocKind.SESSION) {
                sessions.add(ioc.value());
            }
        }
        return AttackerContexts.of(addresses, sessions);
    }
}
