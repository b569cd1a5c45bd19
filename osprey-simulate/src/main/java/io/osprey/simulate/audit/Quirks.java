package io.osprey.simulate.audit;

import io.osprey.simulate.tenant.Network;

import java.util.SplittableRandom;

/**
 * The irregularities real records show, at rates close to what public samples and parsers report: client
 * addresses with ports, brackets or the {@code ::ffff:} prefix; a missing IsThrottled property; the string
 * {@code "False"} instead of a boolean; InternetMessageIds without angle brackets; folder paths without the
 * leading backslash.
 */
public final class Quirks {
    private Quirks() {
    }

    /** How a client address is written in ClientIPAddress: bare, with a port, bracketed IPv6 or IPv4-mapped. */
    public static String writtenAddress(String address, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (Network.isIpv6(address)) {
            return roll < 40 ? "[" + address + "]:" + Network.port(random) : address;
        }
        if (roll < 15) {
            return address + ":" + Network.port(random);
        }
        return roll < 20 ? "::ffff:" + address : address;
    }

    /** ClientIP of Exchange admin (cmdlet) records, which carries the source port. */
    public static String addressWithPort(String address, SplittableRandom random) {
        return Network.isIpv6(address) ? "[" + address + "]:" + Network.port(random)
                : address + ":" + Network.port(random);
    }

    public static boolean omitIsThrottled(SplittableRandom random) {
        return random.nextInt(100) < 3;
    }

    /** ExternalAccess as a boolean, or (sometimes) as the string {@code "False"}. */
    public static Object externalAccess(boolean external, SplittableRandom random) {
        if (random.nextInt(100) < 2) {
            return external ? "True" : "False";
        }
        return external;
    }

    public static boolean bareMessageIds(SplittableRandom random) {
        return random.nextInt(100) < 2;
    }

    public static boolean pathWithoutBackslash(SplittableRandom random) {
        return random.nextInt(1000) < 7;
    }

    public static String withoutBrackets(String internetMessageId) {
        return internetMessageId.substring(1, internetMessageId.length() - 1);
    }
}
