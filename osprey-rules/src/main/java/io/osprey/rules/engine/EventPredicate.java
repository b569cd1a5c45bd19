package io.osprey.rules.engine;

/** A compiled piece of detection logic. */
@FunctionalInterface
public interface EventPredicate {
    boolean test(EventView view);
}
