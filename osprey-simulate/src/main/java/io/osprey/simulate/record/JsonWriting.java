package io.osprey.simulate.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Streams {@link JsonObject} values through a Jackson {@link JsonGenerator} (no tree is built). */
public final class JsonWriting {
    /** Field names with their JSON encoding cached: the simulator uses a few hundred names, over and over. */
    private static final Map<String, SerializedString> NAMES = new ConcurrentHashMap<>();
    private JsonWriting() {
    }

    public static void writeObject(JsonGenerator generator, JsonObject object) throws IOException {
        generator.writeStartObject();
        writeFields(generator, object);
        generator.writeEndObject();
    }

    /** Writes the object's fields into an object the caller has started. */
    public static void writeFields(JsonGenerator generator, JsonObject object) throws IOException {
        for (int index = 0; index < object.size(); index++) {
            generator.writeFieldName(encodedName(object.name(index)));
            writeValue(generator, object.value(index));
        }
    }

    private static SerializedString encodedName(String name) {
        SerializedString encoded = NAMES.get(name);
        return encoded != null ? encoded : NAMES.computeIfAbsent(name, SerializedString::new);
    }

    public static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (value instanceof SerializableString text) {
            generator.writeString(text);
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof JsonObject object) {
            writeObject(generator, object);
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (int index = 0, size = list.size(); index < size; index++) {
                writeValue(generator, list.get(index));
            }
            generator.writeEndArray();
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }
}
