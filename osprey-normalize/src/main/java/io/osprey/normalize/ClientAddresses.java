package io.osprey.normalize;

import io.osprey.model.ClientAddress;

import java.util.Locale;

/**
 * Normalizes the client IP forms of audit records by plain text inspection (never name resolution):
 * {@code 203.0.113.5}, {@code 203.0.113.5:51000}, {@code [2001:db8::1]:443}, {@code ::ffff:203.0.113.5},
 * {@code FE80::}. IPv6 is lower-cased; a value with two or more colons is IPv6, never host:port. A value that
 * is not an IP literal keeps its raw text with a null normalized form.
 */
final class ClientAddresses {
    private static final String MAPPED_IPV4_PREFIX = "::ffff:";

    private ClientAddresses() {
    }

    static ClientAddress of(String raw) {
        if (raw == null || raw.isBlank()) {
            return ClientAddress.NONE;
        }
        return new ClientAddress(normalize(raw.trim()), raw);
    }

    private static String normalize(String value) {
        String address = value;
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            if (close < 0 || !isPortSuffix(address, close + 1)) {
                return null;
            }
            address = address.substring(1, close);
        } else {
            int colon = address.indexOf(':');
            if (colon >= 0 && address.indexOf(':', colon + 1) < 0) {
                if (!isPortSuffix(address, colon)) {
                    return null;
                }
                address = address.substring(0, colon);
            }
        }
        if (address.regionMatches(true, 0, MAPPED_IPV4_PREFIX, 0, MAPPED_IPV4_PREFIX.length())) {
            String mapped = address.substring(MAPPED_IPV4_PREFIX.length());
            if (IpLiterals.isIpv4(mapped)) {
                return mapped;
            }
        }
        if (IpLiterals.isIpv4(address)) {
            return address;
        }
        return IpLiterals.isIpv6(address) ? address.toLowerCase(Locale.ROOT) : null;
    }

    /** Whether {@code text} from {@code position} is empty or {@code :digits} (a port). */
    private static boolean isPortSuffix(String text, int position) {
        if (position == text.length()) {
            return true;
        }
        if (text.charAt(position) != ':' || position + 1 == text.length() || text.length() - position > 6) {
            return false;
        }
        for (int i = position + 1; i < text.length(); i++) {
            char digit = text.charAt(i);
            if (digit < '0' || digit > '9') {
                return false;
            }
        }
        return true;
    }
}
