package io.osprey.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;

/** The shared Jackson factory and small checks over JSON text. */
final class JsonText {
    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonText() {
    }

    /** Null when {@code text} is exactly one JSON object (whitespace around it allowed), else why not. */
    static String objectError(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "not a JSON object";
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return "text after the JSON object";
            }
            return null;
        } catch (JsonProcessingException e) {
            return shortMessage(e);
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /**
     * Jackson's message without the location it appends (the rejection carries its own) and without the list
     * of every token it would have accepted.
     */
    static String shortMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        message = firstLine(message);
        message = cutAt(message, " (start marker at");
        message = cutAt(message, ": was expecting (JSON String");
        message = cutAt(message, ": expected a valid value (JSON String");
        message = cutAt(message, ": expected a value");
        return message.strip();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String cutAt(String message, String marker) {
        int at = message.indexOf(marker);
        return at < 0 ? message : message.substring(0, at);
    }
}
