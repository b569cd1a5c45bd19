package io.osprey.rules;

import io.osprey.rules.engine.LintProblem;

import java.util.List;

/** The outcome of {@code osprey rules lint}: the problems found and how many rule files were read. */
public record LintReport(List<LintProblem> problems, int ruleFiles) {
    public LintReport {
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
