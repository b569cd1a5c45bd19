package io.osprey.rules.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * An IPv4 or IPv6 network in CIDR notation. A bare address is a network of one. IPv4-mapped IPv6 addresses
 * are compared as IPv4 (Java's {@link java.net.InetAddress} already maps them).
 */
public record Cidr(String text, byte[] network, int prefixLength) {

    public Cidr {
        network = network.clone();
    }

    @Override
    public byte[] network() {
        return network.clone();
    }

    /** Parses {@code 10.0.0.0/8}, {@code 2001:db8::/32} or a bare address; empty when it is not one. */
    public static Optional<Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        Optional<byte[]> bytes = IpAddresses.parse(address);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        int maxLength = bytes.get().length * 8;
        int length = maxLength;
        if (slash >= 0) {
            String lengthText = trimmed.substring(slash + 1);
            if (!lengthText.matches("\\d{1,3}")) {
                return Optional.empty();
            }
            length = Integer.parseInt(lengthText);
            if (length > maxLength) {
                return Optional.empty();
            }
        }
        return Optional.of(new Cidr(trimmed, bytes.get(), length));
    }

    /** Whether the address (any literal form the log writes) lies in this network. */
    public boolean contains(String address) {
        return IpAddresses.parse(address).map(this::contains).orElse(false);
    }

    private boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int index = 0; index < fullBytes; index++) {
            if (address[index] != network[index]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr cidr && cidr.prefixLength == prefixLength
                && Arrays.equals(cidr.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        return text;
    }
}
