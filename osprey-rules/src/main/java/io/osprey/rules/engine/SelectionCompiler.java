package io.osprey.rules.engine;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles one named selection of a rule's detection: a map is the AND of its fields, a list of maps the OR
 * of the maps, a list of plain values a keyword search over the whole AuditData text.
 */
final class SelectionCompiler {
    private static final Set<Modifier> STRING_FORMS =
            EnumSet.of(Modifier.CONTAINS, Modifier.STARTSWITH, Modifier.ENDSWITH, Modifier.RE, Modifier.CIDR);

    private final FieldMapping mapping;

    SelectionCompiler(FieldMapping mapping) {
        this.mapping = mapping;
    }

    Optional<EventPredicate> compile(String name, JsonNode selection, Problems problems) {
        if (selection.isObject()) {
            return fieldMap(name, selection, problems);
        }
        if (selection.isArray() && !selection.isEmpty()) {
            if (allElements(selection, JsonNode::isObject)) {
                return anyOfMaps(name, selection, problems);
            }
            if (allElements(selection, JsonNode::isValueNode)) {
                return keywords(name, selection, problems);
            }
        }
        problems.add("selection '" + name + "' must be a map of fields, a list of such maps or a list of keywords");
        return Optional.empty();
    }

    private Optional<EventPredicate> fieldMap(String name, JsonNode selection, Problems problems) {
        if (selection.isEmpty()) {
            problems.add("selection '" + name + "' is empty");
            return Optional.empty();
        }
        List<EventPredicate> fields = new ArrayList<>();
        boolean complete = true;
        for (Iterator<Map.Entry<String, JsonNode>> entries = selection.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            Optional<EventPredicate> field = field(name, entry.getKey(), entry.getValue(), problems);
            field.ifPresent(fields::add);
            complete &= field.isPresent();
        }
        if (!complete) {
            return Optional.empty();
        }
        return Optional.of(view -> {
            for (EventPredicate field : fields) {
                if (!field.test(view)) {
                    return false;
                }
            }
            return true;
        });
    }

    private Optional<EventPredicate> anyOfMaps(String name, JsonNode selection, Problems problems) {
        List<EventPredicate> alternatives = new ArrayList<>();
        boolean complete = true;
        for (JsonNode map : selection) {
            Optional<EventPredicate> alternative = fieldMap(name, map, problems);
            alternative.ifPresent(alternatives::add);
            complete &= alternative.isPresent();
        }
        if (!complete) {
            return Optional.empty();
        }
        return Optional.of(view -> {
            for (EventPredicate alternative : alternatives) {
                if (alternative.test(view)) {
                    return true;
                }
            }
            return false;
        });
    }

    private Optional<EventPredicate> keywords(String name, JsonNode selection, Problems problems) {
        List<ValueMatcher> matchers = new ArrayList<>();
        for (JsonNode keyword : selection) {
            ValueMatchers.compile(keyword.asText(), EnumSet.of(Modifier.CONTAINS), "keyword in selection '"
                    + name + "'", problems).ifPresent(matchers::add);
        }
        return Optional.of(view -> {
            String text = view.event().rawJson();
            if (text == null) {
                return false;
            }
            for (ValueMatcher matcher : matchers) {
                if (matcher.matches(text)) {
                    return true;
                }
            }
            return false;
        });
    }

    private Optional<EventPredicate> field(String selection, String key, JsonNode value, Problems problems) {
        String[] parts = key.split("\\|", -1);
        String fieldName = parts[0];
        String where = "field '" + fieldName + "' in selection '" + selection + "'";
        if (fieldName.isBlank()) {
            problems.add("selection '" + selection + "' has a field without a name: '" + key + "'");
            return Optional.empty();
        }
        Optional<FieldSource> source = mapping.resolve(fieldName);
        if (source.isEmpty()) {
            problems.add("unknown field '" + fieldName + "' in selection '" + selection + "'");
        }
        Optional<Set<Modifier>> modifiers = modifiers(parts, where, problems);
        if (source.isEmpty() || modifiers.isEmpty()) {
            return Optional.empty();
        }
        if (modifiers.get().contains(Modifier.EXISTS)) {
            return exists(source.get(), value, where, problems);
        }
        return matches(source.get(), value, modifiers.get(), where, problems);
    }

    private static Optional<Set<Modifier>> modifiers(String[] parts, String where, Problems problems) {
        Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
        boolean valid = true;
        for (int index = 1; index < parts.length; index++) {
            Optional<Modifier> modifier = Modifier.parse(parts[index]);
            if (modifier.isEmpty()) {
                problems.add("unsupported modifier '" + parts[index] + "' on " + where + " (supported: "
                        + Modifier.allNames() + ")");
                valid = false;
            } else {
                modifiers.add(modifier.get());
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        List<String> forms = modifiers.stream().filter(STRING_FORMS::contains).map(Modifier::text).toList();
        if (forms.size() > 1) {
            problems.add("modifiers " + String.join(" and ", forms) + " cannot be combined on " + where);
            return Optional.empty();
        }
        if (modifiers.contains(Modifier.EXISTS) && modifiers.size() > 1) {
            problems.add("modifier exists cannot be combined with other modifiers on " + where);
            return Optional.empty();
        }
        if (!modifiers.contains(Modifier.RE) && modifiers.stream().anyMatch(Modifier::isRegexFlag)) {
            problems.add("modifiers i, m and s need re on " + where);
            return Optional.empty();
        }
        return Optional.of(modifiers);
    }

    private static Optional<EventPredicate> exists(FieldSource source, JsonNode value, String where,
                                                   Problems problems) {
        if (!value.isBoolean()) {
            problems.add("modifier exists takes true or false on " + where);
            return Optional.empty();
        }
        boolean expected = value.booleanValue();
        return Optional.of(view -> !source.values(view).isEmpty() == expected);
    }

    private static Optional<EventPredicate> matches(FieldSource source, JsonNode value, Set<Modifier> modifiers,
                                                    String where, Problems problems) {
        List<JsonNode> ruleValues = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(ruleValues::add);
        } else {
            ruleValues.add(value);
        }
        if (ruleValues.isEmpty() || !ruleValues.stream().allMatch(JsonNode::isValueNode)) {
            problems.add(where + " must have a value or a list of values");
            return Optional.empty();
        }
        List<ValueMatcher> matchers = new ArrayList<>();
        boolean complete = true;
        for (JsonNode ruleValue : ruleValues) {
            String text = ruleValue.isNull() ? null : ruleValue.asText();
            Optional<ValueMatcher> matcher = ValueMatchers.compile(text, modifiers, where, problems);
            matcher.ifPresent(matchers::add);
            complete &= matcher.isPresent();
        }
        if (!complete) {
            return Optional.empty();
        }
        boolean all = modifiers.contains(Modifier.ALL);
        return Optional.of(view -> {
            List<String> values = source.values(view);
            for (ValueMatcher matcher : matchers) {
                boolean matched = values.isEmpty() ? matcher.matchesAbsent() : anyValue(matcher, values);
                if (matched != all) {
                    return matched;
                }
            }
            return all;
        });
    }

    private static boolean anyValue(ValueMatcher matcher, List<String> values) {
        for (String value : values) {
            if (matcher.matches(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allElements(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode element : array) {
            if (!test.test(element)) {
                return false;
            }
        }
        return true;
    }
}
