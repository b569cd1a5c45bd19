package io.osprey.rules.engine;

/** One problem with a rule or tuning file: where, and what, in a sentence the author can act on. */
public record LintProblem(String location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
