package io.osprey.simulate.tenant;

import java.util.SplittableRandom;

/**
 * Address plans: the tenant's office egress, residential and mobile networks for users, and the networks
 * adversaries use (hosting providers, residential proxies). The plans never overlap, so an address tells
 * which population it came from.
 */
public final class Network {
    private static final int[] RESIDENTIAL_FIRST_OCTETS = {24, 67, 73, 86, 90, 92, 98, 109, 176, 178};
    private static final String[] MOBILE_V6_PREFIXES = {"2a01:cb04", "2a02:8440", "2600:387", "2607:fb90"};
    private static final int[] MOBILE_V4_FIRST_OCTETS = {100, 172};
    /**
     * Hosting-provider networks: the ones the MaxMind format test databases (../shared/data/maxmind-test, also
     * in osprey-analysis's test resources) classify as hosting providers (81.2.69.0/24 also as an anonymizer), so
     * that a simulated incident exercises the offline GeoIP enrichment end to end when those databases are given.
     */
    private static final String[] HOSTING_NETWORKS = {"71.160.223", "81.2.69"};
    private static final String[] PROXY_PREFIXES = {"103.152", "177.54", "41.216", "190.120", "36.91",
            "113.161", "102.89"};
    private static final String[] OFFICE_PREFIXES = {"62.160", "80.94", "195.47"};

    private Network() {
    }

    /** The tenant's office egress addresses (NAT), shared by every user of a site. */
    public static String[] officeEgress(SplittableRandom random, int sites) {
        String[] addresses = new String[sites];
        for (int index = 0; index < sites; index++) {
            addresses[index] = OFFICE_PREFIXES[index % OFFICE_PREFIXES.length] + "." + random.nextInt(1, 255) + "."
                    + random.nextInt(2, 250);
        }
        return addresses;
    }

    public static String residential(SplittableRandom random) {
        return RESIDENTIAL_FIRST_OCTETS[random.nextInt(RESIDENTIAL_FIRST_OCTETS.length)] + "."
                + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** A mobile carrier address: mostly IPv6, sometimes carrier-grade NAT IPv4. */
    public static String mobile(SplittableRandom random) {
        if (random.nextInt(10) < 7) {
            return MOBILE_V6_PREFIXES[random.nextInt(MOBILE_V6_PREFIXES.length)] + ":"
                    + Integer.toHexString(random.nextInt(1, 0x10000)) + ":"
                    + Integer.toHexString(random.nextInt(0x10000)) + ":"
                    + Integer.toHexString(random.nextInt(1, 0x10000)) + ":"
                    + Integer.toHexString(random.nextInt(0x10000)) + ":"
                    + Integer.toHexString(random.nextInt(0x10000)) + ":"
                    + Integer.toHexString(random.nextInt(1, 0x10000));
        }
        int first = MOBILE_V4_FIRST_OCTETS[random.nextInt(MOBILE_V4_FIRST_OCTETS.length)];
        int second = first == 100 ? random.nextInt(64, 128) : random.nextInt(56, 64);
        return first + "." + second + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** A hosting-provider (VPS) address, the typical adversary-in-the-middle or replay infrastructure. */
    public static String hosting(SplittableRandom random) {
        return HOSTING_NETWORKS[random.nextInt(HOSTING_NETWORKS.length)] + "." + random.nextInt(2, 250);
    }

    /** A residential-proxy address in another country, as password sprays rotate through. */
    public static String residentialProxy(SplittableRandom random) {
        return PROXY_PREFIXES[random.nextInt(PROXY_PREFIXES.length)] + "." + random.nextInt(256) + "."
                + random.nextInt(1, 255);
    }

    public static boolean isIpv6(String address) {
        return address.indexOf(':') >= 0;
    }

    /** A client's ephemeral source port. */
    public static int port(SplittableRandom random) {
        return random.nextInt(1024, 65536);
    }
}
