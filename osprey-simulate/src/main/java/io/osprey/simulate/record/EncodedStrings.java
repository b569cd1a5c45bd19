package io.osprey.simulate.record;

import com.fasterxml.jackson.core.io.SerializedString;

import java.util.HashMap;

/**
 * Values that recur in many records (tenant and mailbox ids, UPNs, client strings) with their JSON encoding
 * cached, so writers copy bytes instead of escaping the same text again. Bounded: when full, the cache starts
 * over (only speed depends on it, never the output).
 */
public final class EncodedStrings {
    private static final int LIMIT = 100_000;
    private final HashMap<String, SerializedString> cache = new HashMap<>();

    /** The value as a JSON-encodable string whose encoding is cached; null stays null. */
    public Object of(String value) {
        if (value == null) {
            return null;
        }
        SerializedString encoded = cache.get(value);
        if (encoded == null) {
            if (cache.size() >= LIMIT) {
                cache.clear();
            }
            encoded = new SerializedString(value);
            cache.put(value, encoded);
        }
        return encoded;
    }
}
