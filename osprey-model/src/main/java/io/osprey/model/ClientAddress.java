package io.osprey.model;

/**
 * A client IP address as the record wrote it and in normalized form.
 *
 * @param normalized the bare address: port, brackets and the {@code ::ffff:} prefix of mapped IPv4 removed,
 *                   IPv6 lower-cased; null when the record had no usable address
 * @param raw        the value exactly as written
 */
public record ClientAddress(String normalized, String raw) {
    public static final ClientAddress NONE = new ClientAddress(null, null);
}
