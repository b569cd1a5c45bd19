package io.osprey.rules.engine;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operations a rule can match at most, worked out from its detection when it says so plainly (an
 * {@code Operation} field with plain values, combined through the condition). The hunt uses it to skip rules
 * that cannot match an event's operation; empty means "any operation" and the rule is always evaluated.
 * Operation names are lower-cased, as Sigma matching ignores case.
 */
final class OperationScope {
    private static final String FIELD = "Operation";

    private OperationScope() {
    }

    /** The operations one selection can match, or empty when it does not restrict them. */
    static Optional<Set<String>> ofSelection(JsonNode selection) {
        if (selection.isObject()) {
            return ofFieldMap(selection);
        }
        if (selection.isArray() && !selection.isEmpty()) {
            Set<String> union = new HashSet<>();
            for (JsonNode alternative : selection) {
                Optional<Set<String>> scope = alternative.isObject() ? ofFieldMap(alternative) : Optional.empty();
                if (scope.isEmpty()) {
                    return Optional.empty();
                }
                union.addAll(scope.get());
            }
            return Optional.of(union);
        }
        return Optional.empty();
    }

    private static Optional<Set<String>> ofFieldMap(JsonNode map) {
        JsonNode operations = map.get(FIELD);
        if (operations == null) {
            return Optional.empty();
        }
        Set<String> names = new HashSet<>();
        for (JsonNode operation : operations.isArray() ? operations : List.of(operations)) {
            if (!operation.isTextual() || SigmaWildcards.hasWildcard(operation.textValue())) {
                return Optional.empty();
            }
            names.add(SigmaWildcards.unescape(operation.textValue()).toLowerCase(Locale.ROOT));
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /** The operations the condition can match, given each selection's. */
    static Optional<Set<String>> ofCondition(Condition condition, Map<String, Optional<Set<String>>> selections) {
        if (condition instanceof Condition.Selection selection) {
            return selections.get(selection.name());
        }
        if (condition instanceof Condition.And and) {
            return intersection(and.operands().stream().map(operand -> ofCondition(operand, selections)).toList());
        }
        if (condition instanceof Condition.Or or) {
            return union(or.operands().stream().map(operand -> ofCondition(operand, selections)).toList());
        }
        if (condition instanceof Condition.OfSelections of) {
            List<Optional<Set<String>>> scopes = of.names().stream().map(selections::get).toList();
            return of.all() ? intersection(scopes) : union(scopes);
        }
        return Optional.empty();
    }

    private static Optional<Set<String>> intersection(List<Optional<Set<String>>> scopes) {
        Set<String> result = null;
        for (Optional<Set<String>> scope : scopes) {
            if (scope.isPresent()) {
                if (result == null) {
                    result = new HashSet<>(scope.get());
                } else {
                    result.retainAll(scope.get());
                }
            }
        }
        return Optional.ofNullable(result).map(Set::copyOf);
    }

    private static Optional<Set<String>> union(List<Optional<Set<String>>> scopes) {
        Set<String> result = new HashSet<>();
        for (Optional<Set<String>> scope : scopes) {
            if (scope.isEmpty()) {
                return Optional.empty();
            }
            result.addAll(scope.get());
        }
        return Optional.of(Set.copyOf(result));
    }
}
