package io.osprey.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A finding's severity, with Sigma's level names. Declared from least to most severe. */
public enum Level {
    INFORMATIONAL, LOW, MEDIUM, HIGH, CRITICAL;

    /** The Sigma spelling: lower case. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Level level : values()) {
            if (level.text().equals(text.trim())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** "informational, low, medium, high, critical" for error messages. */
    public static String allNames() {
        return Arrays.stream(values()).map(Level::text).collect(Collectors.joining(", "));
    }
}
