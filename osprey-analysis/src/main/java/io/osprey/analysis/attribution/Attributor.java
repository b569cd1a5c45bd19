package io.osprey.analysis.attribution;

import io.osprey.analysis.Attribution;
import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.IocKind;
import io.osprey.analysis.Reason;
import io.osprey.analysis.geo.NetworkInfo;
import io.osprey.analysis.net.IpAddresses;
import io.osprey.analysis.scan.ContextTally;
import io.osprey.analysis.scan.MailboxScan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tenant-wide attribution of every access context: indicators make {@code attacker}; pivots from attacker
 * contexts and (when they run) the IOC-free rules make {@code suspicious} with reasons; the rest is
 * {@code user}. Works on contexts, not records, so its cost is small next to the scans.
 */
public final class Attributor {
    private static final List<SuspicionRule> RULES = List.of(new SessionFromTwoNetworksRule(),
            new FirstSeenNetworkRule(), new NonOwnerAccessRule(), new ThirdPartyAppRule(),
            new NonOutlookSyncRule(), new ScriptedClientRule(), new UnusualVolumeRule(), new HostingOrAnonymizerRule(), new NewCountryRule());

    /** Reason code of a session-indicator match from the mailbox's own baseline network. */
    public static final String VICTIM_SESSION_USE = "ioc-session-baseline-network";

    private final InvestigationRequest request;
    private final IocMatcher iocMatcher;
    private final Map<String, String> networks = new HashMap<>();
    private final Map<String, NetworkInfo> networkInfos = new HashMap<>();

    public Attributor(InvestigationRequest request) {
        this.request = request;
        this.iocMatcher = new IocMatcher(request.iocs());
    }

    public Map<ContextTally, ContextAttribution> attribute(List<MailboxScan> scans) {
        Map<ContextTally, List<Reason>> iocReasons = new IdentityHashMap<>();
        for (MailboxScan scan : scans) {
            for (ContextTally context : scan.contexts()) {
                List<Reason> reasons = iocMatcher.match(context.key());
                if (!reasons.isEmpty()) {
                    iocReasons.put(context, reasons);
                }
            }
        }
        List<ContextFacts> facts = facts(scans, iocReasons.keySet());
        Map<ContextTally, Reason> victimSessionUse = victimSessionUse(facts, iocReasons);
        TenantIndex tenant = new TenantIndex(sessionNetworks(facts), request.firstPartyApps());
        List<ContextTally> attackers = new ArrayList<>(iocReasons.keySet());
        attackers.sort(java.util.Comparator.comparing(ContextTally::firstSeen).thenComparing(ContextTally::contextId));
        Pivots pivots = new Pivots(attackers, this::worthPivoting);
        Map<ContextTally, ContextAttribution> result = new IdentityHashMap<>();
        for (ContextFacts fact : facts) {
            List<Reason> reasons = iocReasons.get(fact.context());
            Attribution attribution = Attribution.ATTACKER;
            if (reasons == null) {
                reasons = suspicionReasons(fact, tenant, pivots);
                Reason victimUse = victimSessionUse.get(fact.context());
                if (victimUse != null) {
                    reasons.add(0, victimUse);
                }
                attribution = reasons.isEmpty() ? Attribution.USER : Attribution.SUSPICIOUS;
            }
            int score = reasons.stream().mapToInt(Reason::weight).sum();
            result.put(fact.context(), new ContextAttribution(attribution, reasons, score, fact.network(),
                    fact.networkInfo()));
        }
        return result;
    }

    /**
     * Contexts that match only session indicators from a network of their mailbox's baseline: the victim's own
     * use of the stolen session (a stolen token carries the victim's SessionId). They leave the attacker set and
     * become {@code suspicious} with this reason, so the victim's own reading is listed for review, not counted
     * as the attacker's.
     */
    private Map<ContextTally, Reason> victimSessionUse(List<ContextFacts> facts,
                                                       Map<ContextTally, List<Reason>> iocReasons) {
        Map<ContextTally, Reason> victimUse = new IdentityHashMap<>();
        for (ContextFacts fact : facts) {
            ContextTally context = fact.context();
            if (iocReasons.containsKey(context) && fact.matchesBaselineNetwork()
                    && iocMatcher.matchesOnlyBySession(context.key())) {
                iocReasons.remove(context);
                victimUse.put(context, new Reason(VICTIM_SESSION_USE, "uses indicator session "
                        + context.key().sessionId() + " from network " + fact.network()
                        + " of the mailbox's baseline: probably the victim's own use of the stolen session", 10));
            }
        }
        return victimUse;
    }

    private List<Reason> suspicionReasons(ContextFacts fact, TenantIndex tenant, Pivots pivots) {
        List<Reason> reasons = new ArrayList<>(pivots.reasons(fact));
        if (request.runsHeuristics()) {
            for (SuspicionRule rule : RULES) {
                rule.evaluate(fact, tenant).ifPresent(reasons::add);
            }
        }
        return reasons;
    }

    private List<ContextFacts> facts(List<MailboxScan> scans, Set<ContextTally> attackers) {
        List<ContextFacts> facts = new ArrayList<>();
        for (MailboxScan scan : scans) {
            Instant firstAttacker = null;
            for (ContextTally context : scan.contexts()) {
                if (attackers.contains(context)
                        && (firstAttacker == null || context.firstSeen().isBefore(firstAttacker))) {
                    firstAttacker = context.firstSeen();
                }
            }
            MailboxBaseline baseline = MailboxBaseline.of(scan, firstAttacker, request.baselinePeriod(), attackers,
                    this::network, context -> networkInfo(context).countryCode());
            for (ContextTally context : scan.contexts()) {
                facts.add(new ContextFacts(scan.mailbox(), context, network(context), networkInfo(context), baseline));
            }
        }
        return facts;
    }

    private static Map<String, Map<String, TenantIndex.Span>> sessionNetworks(List<ContextFacts> facts) {
        Map<String, Map<String, TenantIndex.Span>> sessions = new HashMap<>();
        for (ContextFacts fact : facts) {
            String session = fact.context().key().sessionId();
            if (session != null && fact.network() != null) {
                TenantIndex.Span span = new TenantIndex.Span(fact.context().firstSeen(), fact.context().lastSeen());
                sessions.computeIfAbsent(session, key -> new HashMap<>()).merge(fact.network(), span,
                        TenantIndex.Span::union);
            }
        }
        return sessions;
    }

    private boolean worthPivoting(String appId) {
        if (request.iocs().stream().anyMatch(ioc -> ioc.kind() == IocKind.APP
                && ioc.value().toLowerCase(Locale.ROOT).equals(appId))) {
            return true;
        }
        return !request.firstPartyApps().isFirstParty(appId);
    }

    private String network(ContextTally context) {
        String ip = context.key().clientIp();
        if (ip == null) {
            return null;
        }
        return networks.computeIfAbsent(ip, text -> {
            byte[] bytes = IpAddresses.parse(text);
            return bytes == null ? null : IpAddresses.network(bytes);
        });
    }

    private NetworkInfo networkInfo(ContextTally context) {
        String ip = context.key().clientIp();
        if (ip == null || request.geoIp() == null) {
            return NetworkInfo.UNKNOWN;
        }
        return networkInfos.computeIfAbsent(ip, request.geoIp()::lookup);
    }

    /** The ids of the rules, in the order they run (for documentation and reports). */
    public static List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        RULES.forEach(rule -> names.add(rule.getClass().getSimpleName()));
        return List.copyOf(new LinkedHashSet<>(names));
    }
}
