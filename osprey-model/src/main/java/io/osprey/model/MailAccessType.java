package io.osprey.model;

/** The MailAccessType operation property of a MailItemsAccessed record. */
public enum MailAccessType {
    BIND, SYNC, UNKNOWN;

    public static MailAccessType parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "bind" -> BIND;
            case "sync" -> SYNC;
            default -> UNKNOWN;
        };
    }
}
