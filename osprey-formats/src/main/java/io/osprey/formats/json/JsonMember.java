package io.osprey.formats.json;

import com.fasterxml.jackson.core.JsonToken;

/**
 * One member of a JSON object.
 *
 * @param name   the member name
 * @param token  the first token of its value (START_OBJECT, START_ARRAY, VALUE_STRING, ...)
 * @param text   the value's exact text as written (for strings: with quotes and escapes)
 * @param scalar the value as text for scalars (strings unescaped, numbers and booleans as written), null for
 *               JSON null, objects and arrays
 */
public record JsonMember(String name, JsonToken token, String text, String scalar) {

    public boolean isObject() {
        return token == JsonToken.START_OBJECT;
    }

    public boolean isString() {
        return token == JsonToken.VALUE_STRING;
    }

    public boolean isNull() {
        return token == JsonToken.VALUE_NULL;
    }

    /** A scalar with a value: not null, not an object or array. */
    public boolean hasScalar() {
        return scalar != null;
    }
}
