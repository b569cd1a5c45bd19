package io.osprey.report.messagetrace;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A header row: column names normalized (trimmed, quotes and byte-order marks removed, lower-cased). */
final class TraceHeader {
    private final Map<String, Integer> positions = new HashMap<>();
    private final int size;

    TraceHeader(List<String> fields) {
        this.size = fields.size();
        for (int index = 0; index < fields.size(); index++) {
            positions.putIfAbsent(normalize(fields.get(index)), index);
        }
    }

    int size() {
        return size;
    }

    /** The position of the first of the names present, or -1. */
    int find(List<String> names) {
        for (String name : names) {
            Integer position = positions.get(name);
            if (position != null) {
                return position;
            }
        }
        return -1;
    }

    static String normalize(String name) {
        StringBuilder text = new StringBuilder(name.length());
        for (int index = 0; index < name.length(); index++) {
            char c = name.charAt(index);
            if (c != '\uFEFF' && c != '"' && c != '\u0000') {
                text.append(c);
            }
        }
        return text.toString().trim().toLowerCase(Locale.ROOT);
    }
}
