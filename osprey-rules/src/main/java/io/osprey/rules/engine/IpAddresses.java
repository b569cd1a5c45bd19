package io.osprey.rules.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses IPv4 and IPv6 literals to their bytes without ever resolving a host name: text that is not a literal
 * is rejected before {@link InetAddress} sees it.
 */
public final class IpAddresses {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpAddresses() {
    }

    public static Optional<byte[]> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.trim();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone > 0) {
            literal = literal.substring(0, zone);
        }
        boolean looksLikeV4 = IPV4.matcher(literal).matches();
        boolean looksLikeV6 = literal.indexOf(':') >= 0 && IPV6.matcher(literal).matches();
        if (!looksLikeV4 && !looksLikeV6) {
            return Optional.empty();
        }
        if (looksLikeV4 && !octetsInRange(literal)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean octetsInRange(String dotted) {
        for (String octet : dotted.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
