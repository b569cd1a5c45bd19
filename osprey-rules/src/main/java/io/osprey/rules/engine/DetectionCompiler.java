package io.osprey.rules.engine;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Compiles a rule's {@code detection} block: the named selections and the condition over them. */
final class DetectionCompiler {
    private final SelectionCompiler selections;

    DetectionCompiler(FieldMapping mapping) {
        this.selections = new SelectionCompiler(mapping);
    }

    Optional<Detection> compile(JsonNode detection, Problems problems) {
        if (!detection.isObject()) {
            problems.add("detection must be a map of selections and a condition");
            return Optional.empty();
        }
        Map<String, EventPredicate> compiled = new LinkedHashMap<>();
        Map<String, Optional<Set<String>>> scopes = new HashMap<>();
        List<String> names = new ArrayList<>();
        boolean complete = true;
        for (Iterator<Map.Entry<String, JsonNode>> entries = detection.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = entry.getKey();
            if (name.equals("condition")) {
                continue;
            }
            if (name.equals("timeframe")) {
                problems.add("timeframe is not supported: rules match single events");
                complete = false;
                continue;
            }
            names.add(name);
            Optional<EventPredicate> selection = selections.compile(name, entry.getValue(), problems);
            selection.ifPresent(predicate -> compiled.put(name, predicate));
            scopes.put(name, OperationScope.ofSelection(entry.getValue()));
            complete &= selection.isPresent();
        }
        Optional<Condition> condition = condition(detection.get("condition"), names, problems);
        if (!complete || condition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Detection(condition.get().bind(compiled),
                OperationScope.ofCondition(condition.get(), scopes)));
    }

    private static Optional<Condition> condition(JsonNode node, List<String> names, Problems problems) {
        if (node == null || node.isNull()) {
            problems.add("missing required key 'detection.condition'");
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        if (node.isTextual()) {
            texts.add(node.textValue());
        } else if (node.isArray() && !node.isEmpty()) {
            for (JsonNode element : node) {
                texts.add(element.asText());
            }
        } else {
            problems.add("detection.condition must be text or a list of texts");
            return Optional.empty();
        }
        if (names.isEmpty()) {
            problems.add("detection has no selections");
            return Optional.empty();
        }
        List<Condition> parsed = new ArrayList<>();
        for (String text : texts) {
            try {
                parsed.add(ConditionParser.parse(text, Set.copyOf(names)));
            } catch (IllegalArgumentException e) {
                problems.add("condition '" + text + "': " + e.getMessage());
            }
        }
        if (parsed.size() != texts.size()) {
            return Optional.empty();
        }
        return Optional.of(parsed.size() == 1 ? parsed.get(0) : new Condition.Or(parsed));
    }
}
