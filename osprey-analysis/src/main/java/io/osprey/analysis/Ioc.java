package io.osprey.analysis;

import io.osprey.analysis.net.Cidr;
import io.osprey.analysis.net.IpAddresses;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One indicator of compromise. IP values are kept in canonical form, so {@code ip:2001:DB8::1} and the
 * normalized {@code 2001:db8::1} of a record match.
 */
public record Ioc(IocKind kind, String value) {
    public Ioc {
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value.trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty " + kind.prefix() + " indicator");
        }
        if (kind == IocKind.IP) {
            String canonical = IpAddresses.canonical(value);
            if (canonical == null) {
                throw new IllegalArgumentException("not an IP address: " + value);
            }
            value = canonical;
        } else if (kind == IocKind.CIDR) {
            value = Cidr.parse(value).toString();
        }
    }

    /** Parses {@code KIND:VALUE}; throws IllegalArgumentException with a readable message when invalid. */
    public static Ioc parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        int colon = trimmed.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("an indicator is written KIND:VALUE (kinds: " + kinds() + "): "
                    + trimmed);
        }
        IocKind kind = IocKind.ofPrefix(trimmed.substring(0, colon));
        if (kind == null) {
            throw new IllegalArgumentException("unknown indicator kind '" + trimmed.substring(0, colon)
                    + "' (kinds: " + kinds() + ")");
        }
        return new Ioc(kind, trimmed.substring(colon + 1));
    }

    private static String kinds() {
        return Arrays.stream(IocKind.values()).map(IocKind::prefix).collect(Collectors.joining(", "));
    }

    /** The indicator as written on the command line: {@code kind:value}. */
    public String text() {
        return kind.prefix() + ":" + value;
    }
}
