package io.osprey.rules;

import java.util.List;

/** The hunt could not start: rules, tuning or directory inventory are unusable. Each problem is a sentence. */
public final class HuntException extends Exception {
    private final List<String> problems;

    public HuntException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems.isEmpty()) {
            return "the hunt could not start";
        }
        return problems.size() == 1 ? problems.get(0)
                : problems.get(0) + " (and " + (problems.size() - 1) + " more problems)";
    }
}
