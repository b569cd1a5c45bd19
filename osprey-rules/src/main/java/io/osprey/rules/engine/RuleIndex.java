package io.osprey.rules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules that can match an operation: those whose detection names it, plus those that do not restrict the
 * operation. Most events (MailItemsAccessed, sign-ins) then meet only a few rules.
 */
public final class RuleIndex {
    private final Map<String, List<Rule>> byOperation = new HashMap<>();
    private final List<Rule> anyOperation;

    public RuleIndex(List<Rule> rules) {
        List<Rule> unrestricted = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.operations().isEmpty()) {
                unrestricted.add(rule);
            }
        }
        this.anyOperation = List.copyOf(unrestricted);
        for (Rule rule : rules) {
            for (String operation : rule.operations().orElse(Set.of())) {
                byOperation.computeIfAbsent(operation, key -> new ArrayList<>(anyOperation)).add(rule);
            }
        }
        byOperation.replaceAll((operation, list) -> List.copyOf(list));
    }

    /** The rules to evaluate for an event with this operation. */
    public List<Rule> candidates(String operation) {
        if (operation == null) {
            return anyOperation;
        }
        return byOperation.getOrDefault(operation.toLowerCase(Locale.ROOT), anyOperation);
    }
}
