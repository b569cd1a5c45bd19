package io.osprey.rules.engine;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matches one value of a field. Plain Sigma values compare case-insensitively; regular expressions are
 * case-sensitive unless flagged {@code re|i}.
 */
public sealed interface ValueMatcher {

    boolean matches(String value);

    /** Whether the matcher accepts a field that the event does not have. */
    default boolean matchesAbsent() {
        return false;
    }

    record Exact(String expected) implements ValueMatcher {
        @Override
        public boolean matches(String value) {
            return value.equalsIgnoreCase(expected);
        }
    }

    record Contains(String needle) implements ValueMatcher {
        public Contains {
            needle = needle.toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean matches(String value) {
            return value.toLowerCase(Locale.ROOT).contains(needle);
        }
    }

    record StartsWith(String prefix) implements ValueMatcher {
        @Override
        public boolean matches(String value) {
            return value.regionMatches(true, 0, prefix, 0, prefix.length());
        }
    }

    record EndsWith(String suffix) implements ValueMatcher {
        @Override
        public boolean matches(String value) {
            int start = value.length() - suffix.length();
            return start >= 0 && value.regionMatches(true, start, suffix, 0, suffix.length());
        }
    }

    /** A value with Sigma wildcards ({@code *}, {@code ?}), compiled to an anchored pattern. */
    record Wildcard(Pattern pattern) implements ValueMatcher {
        @Override
        public boolean matches(String value) {
            return pattern.matcher(value).matches();
        }
    }

    /** The {@code re} modifier: the expression is searched for anywhere in the value. */
    record Regex(Pattern pattern) implements ValueMatcher {
        @Override
        public boolean matches(String value) {
            return pattern.matcher(value).find();
        }
    }

    record InNetwork(Cidr network) implements ValueMatcher {
        @Override
        public boolean matches(String value) {
            return network.contains(value);
        }
    }

    /** A null value in the rule: the field is absent or blank. */
    record Empty() implements ValueMatcher {
        @Override
        public boolean matches(String value) {
            return value.isBlank();
        }

        @Override
        public boolean matchesAbsent() {
            return true;
        }
    }
}
