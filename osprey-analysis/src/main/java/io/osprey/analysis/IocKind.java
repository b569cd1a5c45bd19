package io.osprey.analysis;

import java.util.Locale;

/** The kinds of indicator an analyst can give, written {@code KIND:VALUE}. */
public enum IocKind {
    /** A client IP address. */
    IP,
    /** An IPv4 or IPv6 network. */
    CIDR,
    /** A SessionId. */
    SESSION,
    /** An AppId or ClientAppId. */
    APP,
    /** A case-insensitive substring of the ClientInfoString (user agent). */
    UA,
    /** The acting UserId. */
    USER;

    public String prefix() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a prefix such as {@code ip}, or null when unknown. */
    public static IocKind ofPrefix(String prefix) {
        for (IocKind kind : values()) {
            if (kind.prefix().equalsIgnoreCase(prefix.trim())) {
                return kind;
            }
        }
        return null;
    }
}
