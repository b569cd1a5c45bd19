package io.osprey.rules.engine;

import io.osprey.rules.Level;

import java.util.List;

/**
 * A rule's Sigma metadata.
 *
 * @param service the logsource service ({@code audit}, {@code exchange}, {@code azuread}), or null
 */
public record RuleMetadata(String id, String title, String status, Level level, String description,
                           List<String> references, List<String> falsePositives, List<String> tags,
                           String service) {
    public RuleMetadata {
        references = List.copyOf(references);
        falsePositives = List.copyOf(falsePositives);
        tags = List.copyOf(tags);
    }

    public RuleMetadata withLevel(Level newLevel) {
        return new RuleMetadata(id, title, status, newLevel, description, references, falsePositives, tags,
                service);
    }
}
