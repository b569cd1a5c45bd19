package io.osprey.rules.engine;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** How a JSON value reads as text for matching and for export cells. */
public final class JsonText {
    private JsonText() {
    }

    /**
     * A scalar's text (booleans as {@code true}/{@code false}, numbers as written); an object or array as
     * compact JSON; null, missing or JSON null as the empty string.
     */
    public static String scalar(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        return value.toString();
    }

    /**
     * A value as a person reads it: the log wraps many ModifiedProperties values in a JSON list
     * ({@code [\r\n  "IAMTenantCrawler"\r\n]}); a list of plain values is shown as those values joined by
     * "; ", anything else unchanged.
     */
    public static String display(String value) {
        String trimmed = value.strip();
        if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) {
            return value;
        }
        JsonNode list = EventView.parse(trimmed);
        if (!list.isArray()) {
            return value;
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode element : list) {
            if (!element.isValueNode()) {
                return value;
            }
            parts.add(scalar(element));
        }
        return String.join("; ", parts);
    }
}
