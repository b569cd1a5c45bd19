package io.osprey.rules.engine;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Builds the matcher for one rule value under the field's modifiers. */
final class ValueMatchers {
    private ValueMatchers() {
    }

    /**
     * @param value     the rule value as text, or null for a YAML null
     * @param modifiers the field's modifiers (already checked for compatibility)
     * @return the matcher, or empty with the reason added to {@code problems}
     */
    static Optional<ValueMatcher> compile(String value, Set<Modifier> modifiers, String where,
                                          Problems problems) {
        if (value == null) {
            if (modifiers.stream().anyMatch(modifier -> modifier != Modifier.ALL)) {
                problems.add(where + ": a null value cannot take modifiers");
                return Optional.empty();
            }
            return Optional.of(new ValueMatcher.Empty());
        }
        if (modifiers.contains(Modifier.RE)) {
            return regex(value, modifiers, where, problems);
        }
        if (modifiers.contains(Modifier.CIDR)) {
            Optional<Cidr> network = Cidr.parse(value);
            if (network.isEmpty()) {
                problems.add(where + ": '" + value + "' is not a CIDR network");
                return Optional.empty();
            }
            return Optional.of(new ValueMatcher.InNetwork(network.get()));
        }
        boolean contains = modifiers.contains(Modifier.CONTAINS);
        boolean startsWith = modifiers.contains(Modifier.STARTSWITH);
        boolean endsWith = modifiers.contains(Modifier.ENDSWITH);
        if (SigmaWildcards.hasWildcard(value)) {
            return Optional.of(new ValueMatcher.Wildcard(
                    SigmaWildcards.toPattern(value, contains || endsWith, contains || startsWith)));
        }
        String plain = SigmaWildcards.unescape(value);
        if (contains) {
            return Optional.of(new ValueMatcher.Contains(plain));
        }
        if (startsWith) {
            return Optional.of(new ValueMatcher.StartsWith(plain));
        }
        if (endsWith) {
            return Optional.of(new ValueMatcher.EndsWith(plain));
        }
        return Optional.of(new ValueMatcher.Exact(plain));
    }

    private static Optional<ValueMatcher> regex(String value, Set<Modifier> modifiers, String where,
                                                Problems problems) {
        int flags = 0;
        if (modifiers.contains(Modifier.RE_IGNORE_CASE)) {
            flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        if (modifiers.contains(Modifier.RE_MULTILINE)) {
            flags |= Pattern.MULTILINE;
        }
        if (modifiers.contains(Modifier.RE_DOTALL)) {
            flags |= Pattern.DOTALL;
        }
        try {
            return Optional.of(new ValueMatcher.Regex(Pattern.compile(value, flags)));
        } catch (PatternSyntaxException e) {
            problems.add(where + ": invalid regular expression '" + value + "': " + e.getDescription());
            return Optional.empty();
        }
    }
}
