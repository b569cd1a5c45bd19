package io.osprey.analysis.attribution;

import io.osprey.analysis.scan.ContextTally;
import io.osprey.analysis.scan.DayTally;
import io.osprey.analysis.scan.MailboxScan;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What is normal for one mailbox: the networks, actors and countries of the contexts first seen in its baseline
 * period — the start of its data, at most {@code period} and at most half its span, and ending at the first
 * attacker record. Contexts matching the baseline stay {@code user}; the IOC-free rules compare against it.
 *
 * @param end           exclusive end of the baseline period
 * @param networks      /24 or /48 networks used in the baseline
 * @param actors        "userId|logonType" pairs seen in the baseline
 * @param countries     country codes seen in the baseline (with GeoIP only)
 * @param dailyItemsMax the largest number of items listed on one day that started before the baseline end
 * @param available     false when no context fell in the baseline period: nothing can be compared
 */
public record MailboxBaseline(Instant end, Set<String> networks, Set<String> actors, Set<String> countries,
                              long dailyItemsMax, boolean available) {
    private static final long SECONDS_PER_DAY = 86_400L;

    public static MailboxBaseline of(MailboxScan scan, Instant firstAttackerRecord, Duration period,
                                     Set<ContextTally> attackers, Function<ContextTally, String> network,
                                     Function<ContextTally, String> country) {
        if (!scan.hasRecords()) {
            return new MailboxBaseline(null, Set.of(), Set.of(), Set.of(), 0, false);
        }
        Duration halfSpan = Duration.between(scan.firstRecord(), scan.lastRecord()).dividedBy(2);
        Instant end = scan.firstRecord().plus(period.compareTo(halfSpan) < 0 ? period : halfSpan);
        if (firstAttackerRecord != null && firstAttackerRecord.isBefore(end)) {
            end = firstAttackerRecord;
        }
        Set<String> networks = new HashSet<>();
        Set<String> actors = new HashSet<>();
        Set<String> countries = new HashSet<>();
        boolean available = false;
        for (ContextTally context : scan.contexts()) {
            if (!context.firstSeen().isBefore(end) || attackers.contains(context)) {
                continue;
            }
            available = true;
            addIfPresent(networks, network.apply(context));
            actors.add(actorKey(context));
            addIfPresent(countries, country.apply(context));
        }
        return new MailboxBaseline(end, Set.copyOf(networks), Set.copyOf(actors), Set.copyOf(countries),
                dailyItemsMax(scan.days(), end), available);
    }

    /** The actor of a context as the baseline remembers it: acting user and logon type. */
    public static String actorKey(ContextTally context) {
        return context.key().userId() + "|" + context.key().logonType();
    }

    private static long dailyItemsMax(Map<Long, DayTally> days, Instant end) {
        long endDay = Math.floorDiv(end.getEpochSecond() - 1, SECONDS_PER_DAY);
        long maximum = 0;
        for (Map.Entry<Long, DayTally> day : days.entrySet()) {
            if (day.getKey() <= endDay) {
                maximum = Math.max(maximum, day.getValue().itemsListed());
            }
        }
        return maximum;
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }

    /** Whether a context's network was already used by the mailbox in its baseline. */
    public boolean knowsNetwork(String network) {
        return network != null && networks.contains(network);
    }
}
