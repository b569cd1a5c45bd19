package io.osprey.rules.engine;

import com.fasterxml.jackson.databind.JsonNode;

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
}
