package io.osprey.formats.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The top-level members of a JSON object's text, each with its value's verbatim text. */
final class JsonMembers {
    private JsonMembers() {
    }

    /**
     * The members of {@code objectText} in input order (the first of duplicate names wins); empty when the text
     * is not a JSON object. The text is expected to be valid JSON: a reader calls this on text the container
     * already parsed, or on a string value it checks first with {@link JsonText#objectError}.
     */
    static Map<String, JsonMember> of(String objectText) {
        try (JsonParser parser = JsonText.FACTORY.createParser(objectText)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Map.of();
            }
            Map<String, JsonMember> members = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonMember member = member(parser, name, objectText);
                members.putIfAbsent(name, member);
            }
            return Collections.unmodifiableMap(members);
        } catch (IOException invalid) {
            return Map.of();
        }
    }

    private static JsonMember member(JsonParser parser, String name, String objectText) throws IOException {
        JsonToken token = parser.nextToken();
        int start = (int) parser.currentTokenLocation().getCharOffset();
        String scalar = null;
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            parser.skipChildren();
        } else if (token != JsonToken.VALUE_NULL) {
            scalar = parser.getText();
        } else {
            parser.finishToken();
        }
        int end = (int) parser.currentLocation().getCharOffset();
        return new JsonMember(name, token, objectText.substring(start, end).strip(), scalar);
    }
}
