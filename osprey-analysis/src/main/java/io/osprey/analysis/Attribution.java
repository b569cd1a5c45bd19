package io.osprey.analysis;

import java.util.Locale;

/** Who an access context is attributed to, worst first: what was exposed matters, so the worst one wins. */
public enum Attribution {
    ATTACKER, SUSPICIOUS, USER;

    /** The lower-case label used in every output: attacker, suspicious, user. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Attribution worst(Attribution first, Attribution second) {
        if (first == null) {
            return second;
        }
        if (second == null) {
            return first;
        }
        return first.ordinal() <= second.ordinal() ? first : second;
    }
}
