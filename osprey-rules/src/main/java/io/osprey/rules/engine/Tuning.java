package io.osprey.rules.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.rules.Level;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Site tuning without editing shipped rules: rule ids to disable and levels to change.
 * <pre>
 * disable:
 *   - aad-application-updated
 * levels:
 *   exo-mailbox-permission-granted: low
 * </pre>
 */
public record Tuning(Set<String> disabled, Map<String, Level> levels) {
    public static final Tuning NONE = new Tuning(Set.of(), Map.of());

    public Tuning {
        disabled = Set.copyOf(disabled);
        levels = Map.copyOf(levels);
    }

    public boolean isDisabled(String id) {
        return disabled.contains(id);
    }

    public Optional<Level> level(String id) {
        return Optional.ofNullable(levels.get(id));
    }

    /** Parses a tuning file; every problem is reported against the source's location. */
    public static Parsed parse(RuleSource source) {
        List<LintProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = YamlDocuments.read(source.text());
        } catch (YamlDocuments.YamlException e) {
            return new Parsed(NONE, List.of(new LintProblem(source.location(), "bad YAML: " + e.getMessage())));
        }
        if (root.isMissingNode()) {
            return new Parsed(NONE, List.of());
        }
        if (!root.isObject()) {
            return new Parsed(NONE, List.of(new LintProblem(source.location(), "a tuning file must hold one YAML map")));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("disable") && !name.equals("levels")) {
                problems.add(new LintProblem(source.location(), "unknown key '" + name
                        + "' (expected disable or levels)"));
            }
        }
        Set<String> disabled = disabledIds(root.get("disable"), source, problems);
        Map<String, Level> levels = levelChanges(root.get("levels"), source, problems);
        return new Parsed(new Tuning(disabled, levels), problems);
    }

    /** Problems for ids the tuning names that no rule or code check has. */
    public List<LintProblem> unknownIds(String location, Set<String> knownIds) {
        List<LintProblem> problems = new ArrayList<>();
        disabled.stream().filter(id -> !knownIds.contains(id)).sorted().forEach(id ->
                problems.add(new LintProblem(location, "disable: unknown rule id '" + id + "'")));
        levels.keySet().stream().filter(id -> !knownIds.contains(id)).sorted().forEach(id ->
                problems.add(new LintProblem(location, "levels: unknown rule id '" + id + "'")));
        return problems;
    }

    private static Set<String> disabledIds(JsonNode node, RuleSource source, List<LintProblem> problems) {
        Set<String> ids = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return ids;
        }
        if (!node.isArray()) {
            problems.add(new LintProblem(source.location(), "disable must be a list of rule ids"));
            return ids;
        }
        for (JsonNode id : node) {
            if (id.isTextual()) {
                ids.add(id.textValue());
            } else {
                problems.add(new LintProblem(source.location(), "disable must be a list of rule ids"));
            }
        }
        return ids;
    }

    private static Map<String, Level> levelChanges(JsonNode node, RuleSource source, List<LintProblem> problems) {
        Map<String, Level> levels = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return levels;
        }
        if (!node.isObject()) {
            problems.add(new LintProblem(source.location(), "levels must map rule ids to levels"));
            return levels;
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            Optional<Level> level = Level.parse(entry.getValue().asText());
            if (level.isEmpty()) {
                problems.add(new LintProblem(source.location(), "levels: invalid level '"
                        + entry.getValue().asText() + "' for '" + entry.getKey() + "' (expected one of "
                        + Level.allNames() + ")"));
            } else {
                levels.put(entry.getKey(), level.get());
            }
        }
        return levels;
    }

    /** A parsed tuning file and its problems. */
    public record Parsed(Tuning tuning, List<LintProblem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }
}
