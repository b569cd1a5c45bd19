package io.osprey.analysis;

import io.osprey.analysis.attribution.FirstPartyApps;
import io.osprey.analysis.geo.GeoIpLookup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the analyst asks of the playbook.
 *
 * @param iocs           indicators marking attacker contexts
 * @param mailboxes      mailboxes named with --mailbox (lower-cased); always under investigation and reported
 * @param from           inclusive start of the period, or null for the start of the data
 * @param to             exclusive end of the period, or null for the end of the data
 * @param heuristics     when the IOC-free suspicion rules run
 * @param baselinePeriod how long the start of each mailbox's data serves as its baseline (capped at half of
 *                       the mailbox's span, and ended by the first attacker record)
 * @param geoIp          offline IP enrichment, or null when no database was given
 * @param firstPartyApps Microsoft's own application ids
 * @param acquiredAt     when the evidence was acquired (for the ingestion-delay caveat), or null for the end
 *                       of the data
 */
public record InvestigationRequest(List<Ioc> iocs, Set<String> mailboxes, Instant from, Instant to,
                                   HeuristicsMode heuristics, Duration baselinePeriod, GeoIpLookup geoIp,
                                   FirstPartyApps firstPartyApps, Instant acquiredAt) {
    public static final Duration DEFAULT_BASELINE = Duration.ofDays(7);

    public InvestigationRequest {
        iocs = List.copyOf(iocs);
        Set<String> normalized = new LinkedHashSet<>();
        for (String mailbox : mailboxes) {
            String key = Mailboxes.normalize(mailbox);
            if (key != null) {
                normalized.add(key);
            }
        }
        mailboxes = Set.copyOf(normalized);
        Objects.requireNonNull(heuristics, "heuristics");
        Objects.requireNonNull(baselinePeriod, "baselinePeriod");
        Objects.requireNonNull(firstPartyApps, "firstPartyApps");
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("the period is empty: from " + from + " is not before to " + to);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether the IOC-free suspicion rules run for this request. */
    public boolean runsHeuristics() {
        return switch (heuristics) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> iocs.isEmpty();
        };
    }

    /** Builds a request with the defaults: no IOCs, no named mailboxes, whole data, AUTO heuristics. */
    public static final class Builder {
        private final List<Ioc> iocs = new ArrayList<>();
        private final Set<String> mailboxes = new LinkedHashSet<>();
        private Instant from;
        private Instant to;
        private HeuristicsMode heuristics = HeuristicsMode.AUTO;
        private Duration baselinePeriod = DEFAULT_BASELINE;
        private GeoIpLookup geoIp;
        private FirstPartyApps firstPartyApps;
        private Instant acquiredAt;

        public Builder ioc(Ioc ioc) {
            iocs.add(ioc);
            return this;
        }

        public Builder iocs(List<Ioc> values) {
            iocs.addAll(values);
            return this;
        }

        public Builder mailbox(String mailbox) {
            mailboxes.add(mailbox);
            return this;
        }

        public Builder period(Instant start, Instant end) {
            this.from = start;
            this.to = end;
            return this;
        }

        public Builder heuristics(HeuristicsMode mode) {
            this.heuristics = mode;
            return this;
        }

        public Builder baselinePeriod(Duration period) {
            this.baselinePeriod = period;
            return this;
        }

        public Builder geoIp(GeoIpLookup lookup) {
            this.geoIp = lookup;
            return this;
        }

        public Builder firstPartyApps(FirstPartyApps apps) {
            this.firstPartyApps = apps;
            return this;
        }

        public Builder acquiredAt(Instant time) {
            this.acquiredAt = time;
            return this;
        }

        public InvestigationRequest build() {
            return new InvestigationRequest(iocs, mailboxes, from, to, heuristics, baselinePeriod, geoIp,
                    firstPartyApps == null ? FirstPartyApps.shipped() : firstPartyApps, acquiredAt);
        }
    }
}
