package io.osprey.analysis.geo;

/** Offline enrichment of a canonical IP address; no network access. */
@FunctionalInterface
public interface GeoIpLookup {
    /** What is known about the address; {@link NetworkInfo#UNKNOWN} when nothing. */
    NetworkInfo lookup(String canonicalIp);
}
