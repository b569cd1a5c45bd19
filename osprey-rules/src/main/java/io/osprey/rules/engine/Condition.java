package io.osprey.rules.engine;

import java.util.List;
import java.util.Map;

/** A parsed Sigma condition, before it is bound to compiled selections. */
public sealed interface Condition {

    /** Binds the condition to the compiled selections (every name was checked by the parser). */
    EventPredicate bind(Map<String, EventPredicate> selections);

    record And(List<Condition> operands) implements Condition {
        public And {
            operands = List.copyOf(operands);
        }

        @Override
        public EventPredicate bind(Map<String, EventPredicate> selections) {
            List<EventPredicate> bound = operands.stream().map(operand -> operand.bind(selections)).toList();
            return view -> bound.stream().allMatch(predicate -> predicate.test(view));
        }
    }

    record Or(List<Condition> operands) implements Condition {
        public Or {
            operands = List.copyOf(operands);
        }

        @Override
        public EventPredicate bind(Map<String, EventPredicate> selections) {
            List<EventPredicate> bound = operands.stream().map(operand -> operand.bind(selections)).toList();
            return view -> bound.stream().anyMatch(predicate -> predicate.test(view));
        }
    }

    record Not(Condition operand) implements Condition {
        @Override
        public EventPredicate bind(Map<String, EventPredicate> selections) {
            EventPredicate bound = operand.bind(selections);
            return view -> !bound.test(view);
        }
    }

    record Selection(String name) implements Condition {
        @Override
        public EventPredicate bind(Map<String, EventPredicate> selections) {
            return selections.get(name);
        }
    }

    /** {@code 1 of X*}, {@code all of X*}, {@code 1 of them}, {@code all of them}, resolved to names. */
    record OfSelections(boolean all, List<String> names) implements Condition {
        public OfSelections {
            names = List.copyOf(names);
        }

        @Override
        public EventPredicate bind(Map<String, EventPredicate> selections) {
            List<EventPredicate> bound = names.stream().map(selections::get).toList();
            return all
                    ? view -> bound.stream().allMatch(predicate -> predicate.test(view))
                    : view -> bound.stream().anyMatch(predicate -> predicate.test(view));
        }
    }
}
