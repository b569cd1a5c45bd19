package io.osprey.rules.engine;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while reading one rule, so a lint run reports them all at once. */
final class Problems {
    private final List<String> messages = new ArrayList<>();

    void add(String message) {
        messages.add(message);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    List<String> messages() {
        return List.copyOf(messages);
    }
}
