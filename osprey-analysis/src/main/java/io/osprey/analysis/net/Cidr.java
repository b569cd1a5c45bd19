package io.osprey.analysis.net;

import java.util.Arrays;

/** An IPv4 or IPv6 network in CIDR notation; a bare address is a /32 or /128. */
public final class Cidr {
    private final byte[] network;
    private final int prefixLength;

    private Cidr(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** Parses {@code 203.0.113.0/24} or {@code 2001:db8::/32}; throws IllegalArgumentException when invalid. */
    public static Cidr parse(String text) {
        String value = text == null ? "" : text.trim();
        int slash = value.indexOf('/');
        byte[] address = IpAddresses.parse(slash >= 0 ? value.substring(0, slash) : value);
        if (address == null) {
            throw new IllegalArgumentException("not a network address: " + text);
        }
        int maximum = address.length * 8;
        int prefix = maximum;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(value.substring(slash + 1));
            } catch (NumberFormatException badPrefix) {
                throw new IllegalArgumentException("not a prefix length: " + text);
            }
            boolean mappedV4 = address.length == 4 && value.indexOf(':') >= 0;
            if (mappedV4) {
                prefix -= 96;
            }
            if (prefix < 0 || prefix > maximum) {
                throw new IllegalArgumentException("prefix length out of range: " + text);
            }
        }
        return new Cidr(mask(address, prefix), prefix);
    }

    public boolean contains(byte[] address) {
        return address != null && address.length == network.length
                && Arrays.equals(mask(address, prefixLength), network);
    }

    public boolean contains(String address) {
        return contains(IpAddresses.parse(address));
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] masked = Arrays.copyOf(address, address.length);
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return masked;
    }

    @Override
    public String toString() {
        return IpAddresses.format(network) + "/" + prefixLength;
    }
}
