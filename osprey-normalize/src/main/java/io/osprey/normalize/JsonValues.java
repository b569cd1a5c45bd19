package io.osprey.normalize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Lenient readers for AuditData values: exporters write numbers and booleans as strings ({@code "50"},
 * {@code "False"}), so every reader accepts both. Absent, null and empty values read as null. No exceptions
 * on the normal path.
 */
final class JsonValues {
    /** Shared, thread-safe once configured. Trailing garbage after the JSON value makes the text invalid. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonValues() {
    }

    /** Parses JSON text nested inside a string value; null when it is not valid JSON. */
    static JsonNode parseNested(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static String text(JsonNode object, String name) {
        return object == null ? null : text(object.get(name));
    }

    /** The value as text: strings as written, numbers and booleans in JSON form; null when absent or empty. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.isEmpty() ? null : text;
    }

    static Integer integer(JsonNode value) {
        Long number = longValue(value);
        return number == null || number < Integer.MIN_VALUE || number > Integer.MAX_VALUE
                ? null : number.intValue();
    }

    static Long longValue(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        return value.isTextual() ? parseLong(value.textValue().trim()) : null;
    }

    /** Parses an optionally signed decimal integer; null when the text is not one. */
    static Long parseLong(String text) {
        int length = text.length();
        int start = length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (length == start || length - start > 18) {
            return null;
        }
        long number = 0;
        for (int i = start; i < length; i++) {
            char digit = text.charAt(i);
            if (digit < '0' || digit > '9') {
                return null;
            }
            number = number * 10 + (digit - '0');
        }
        return text.charAt(0) == '-' ? -number : number;
    }

    /** true/false, also as the strings "True"/"False" in any case and the numbers 1/0; otherwise null. */
    static Boolean bool(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            long number = value.longValue();
            return number == 1 ? Boolean.TRUE : number == 0 ? Boolean.FALSE : null;
        }
        return value.isTextual() ? parseBoolean(value.textValue()) : null;
    }

    static Boolean parseBoolean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("true") || trimmed.equals("1")) {
            return Boolean.TRUE;
        }
        if (trimmed.equalsIgnoreCase("false") || trimmed.equals("0")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** Whether a top-level value carries information: not null, not an empty string, array or object. */
    static boolean hasContent(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        return !value.isContainerNode() || !value.isEmpty();
    }
}
