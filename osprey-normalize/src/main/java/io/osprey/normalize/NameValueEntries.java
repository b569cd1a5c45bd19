package io.osprey.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * Collects the entries of one name/value list, the first entry of a repeated name winning, into a compact
 * immutable map: most lists hold one or two entries (MailAccessType and IsThrottled), which need no hash map
 * and no copy. Not shared.
 */
final class NameValueEntries {
    private String firstName;
    private String firstValue;
    private String secondName;
    private String secondValue;
    private Map<String, String> all; // from the third name on

    void putIfAbsent(String name, String value) {
        if (all != null) {
            all.putIfAbsent(name, value);
        } else if (firstName == null) {
            firstName = name;
            firstValue = value;
        } else if (!firstName.equals(name) && secondName == null) {
            secondName = name;
            secondValue = value;
        } else if (!firstName.equals(name) && !secondName.equals(name)) {
            all = new HashMap<>();
            all.put(firstName, firstValue);
            all.put(secondName, secondValue);
            all.put(name, value);
        }
    }

    Map<String, String> toMap() {
        if (all != null) {
            return all;
        }
        if (firstName == null) {
            return Map.of();
        }
        return secondName == null ? Map.of(firstName, firstValue) : Map.of(firstName, firstValue, secondName, secondValue);
    }
}
