package io.osprey.rules.engine;

/**
 * The text of one rule file and where it came from ({@code classpath:rules/x.yml} or a file path), for
 * messages.
 */
public record RuleSource(String location, String text) {
}
