package io.osprey.rules;

/**
 * One rule or code check the hunt ran, with how many findings it made.
 *
 * @param kind     {@code rule} or {@code code}
 * @param location the rule file, or the Java class of a code check
 */
public record CheckSummary(String id, String title, Level level, String kind, String location, int findings) {
}
