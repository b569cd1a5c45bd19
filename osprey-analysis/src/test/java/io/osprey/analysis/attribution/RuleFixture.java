package io.osprey.analysis.attribution;

import io.osprey.analysis.geo.NetworkInfo;
import io.osprey.analysis.net.IpAddresses;
import io.osprey.analysis.scan.ContextTally;
import io.osprey.analysis.scan.MailboxScan;
import io.osprey.analysis.scan.MailboxScanner;
import io.osprey.model.AuditEvent;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Builds the inputs of the suspicion rules from events, as the Attributor does. */
final class RuleFixture {
    private RuleFixture() {
    }

    static MailboxScan scan(String mailbox, AuditEvent... events) {
        return new MailboxScanner(null, null).scan(mailbox, List.of(events));
    }

    static String network(ContextTally context) {
        byte[] bytes = context.key().clientIp() == null ? null : IpAddresses.parse(context.key().clientIp());
        return bytes == null ? null : IpAddresses.network(bytes);
    }

    /** The facts of the scan's context that has the given client IP (the first such context). */
    static ContextFacts facts(MailboxScan scan, String clientIp) {
        return facts(scan, clientIp, ip -> NetworkInfo.UNKNOWN);
    }

    static ContextFacts facts(MailboxScan scan, String clientIp, Function<String, NetworkInfo> geo) {
        MailboxBaseline baseline = MailboxBaseline.of(scan, null, Duration.ofDays(7), Set.of(), RuleFixture::network,
                context -> geo.apply(context.key().clientIp()).countryCode());
        ContextTally context = scan.contexts().stream().filter(c -> clientIp.equals(c.key().clientIp()))
                .findFirst().orElseThrow();
        return new ContextFacts(scan.mailbox(), context, network(context), geo.apply(clientIp), baseline);
    }

    static TenantIndex tenant(MailboxScan... scans) {
        Map<String, Map<String, TenantIndex.Span>> sessions = new HashMap<>();
        for (MailboxScan scan : scans) {
            for (ContextTally context : scan.contexts()) {
                if (context.key().sessionId() != null && network(context) != null) {
                    sessions.computeIfAbsent(context.key().sessionId(), key -> new HashMap<>()).merge(network(context),
                            new TenantIndex.Span(context.firstSeen(), context.lastSeen()), TenantIndex.Span::union);
                }
            }
        }
        return new TenantIndex(sessions, FirstPartyApps.shipped());
    }
}
