package io.osprey.rules.directory;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.rules.engine.JsonText;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Field access for saved directory responses. Graph writes camelCase names; exports made with the AzureAD or
 * MSOnline modules write PascalCase, so names are matched without regard to case.
 */
final class GraphJson {
    private GraphJson() {
    }

    static JsonNode field(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    /** The field as text; empty when absent or null. */
    static String text(JsonNode object, String name) {
        return JsonText.scalar(field(object, name));
    }

    /** The field's elements: an array's, a single object as a list of one, nothing otherwise. */
    static List<JsonNode> elements(JsonNode object, String name) {
        JsonNode value = field(object, name);
        List<JsonNode> elements = new ArrayList<>();
        if (value == null || value.isNull()) {
            return elements;
        }
        if (value.isArray()) {
            value.forEach(elements::add);
        } else if (value.isObject()) {
            elements.add(value);
        }
        return elements;
    }

    static List<String> texts(JsonNode object, String name) {
        return textElements(field(object, name));
    }

    private static List<String> textElements(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(element -> texts.add(JsonText.scalar(element)));
        } else if (value != null && !value.isNull()) {
            texts.add(JsonText.scalar(value));
        }
        return texts;
    }
}
