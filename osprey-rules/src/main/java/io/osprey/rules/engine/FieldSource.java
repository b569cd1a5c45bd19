package io.osprey.rules.engine;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a Sigma field's values come from in an event. A field can have several values (a raw path through an
 * array); an absent field has none.
 */
public sealed interface FieldSource {

    List<String> values(EventView view);

    /** A scalar component of the normalized event. */
    record Component(EventComponent component) implements FieldSource {
        @Override
        public List<String> values(EventView view) {
            String value = component.read(view.event());
            return value == null ? List.of() : List.of(value);
        }
    }

    /** One entry of a name-to-value collection (Parameters.ForwardTo). */
    record MapEntry(EventMap map, String key) implements FieldSource {
        @Override
        public List<String> values(EventView view) {
            String value = map.read(view, key);
            return value == null ? List.of() : List.of(value);
        }
    }

    /** A path into the raw AuditData JSON; arrays on the way fan out to several values. */
    record RawPath(List<String> path) implements FieldSource {
        public RawPath {
            path = List.copyOf(path);
        }

        @Override
        public List<String> values(EventView view) {
            List<String> values = new ArrayList<>();
            collect(view.auditData(), 0, values);
            return values;
        }

        private void collect(JsonNode node, int depth, List<String> values) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return;
            }
            if (node.isArray() && depth <= path.size()) {
                if (depth == path.size()) {
                    values.add(JsonText.scalar(node));
                    return;
                }
                for (JsonNode element : node) {
                    collect(element, depth, values);
                }
                return;
            }
            if (depth == path.size()) {
                values.add(JsonText.scalar(node));
            } else if (node.isObject()) {
                collect(node.get(path.get(depth)), depth + 1, values);
            }
        }
    }

    /** "true" when the investigation attributed the event's context to the attacker, else "false". */
    record AttackerContext() implements FieldSource {
        @Override
        public List<String> values(EventView view) {
            return List.of(Boolean.toString(view.attackerContext()));
        }
    }
}
