package io.osprey.simulate.record;

import java.util.Arrays;
import java.util.List;

/**
 * An ordered, immutable JSON object as the simulator builds it: field order is the order of insertion, so the
 * written text is deterministic. Values are {@link String}, {@link Integer}, {@link Long}, {@link Boolean},
 * {@link JsonObject} or a {@link List} of those. Null values are not stored (an absent field).
 */
public final class JsonObject {
    private final String[] names;
    private final Object[] values;

    private JsonObject(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    public static Builder builder() {
        return new Builder(24);
    }

    public static Builder builder(int expectedFields) {
        return new Builder(expectedFields);
    }

    /** A small object from alternating names and values, e.g. {@code of("Name", "MailAccessType", "Value", "Bind")}. */
    public static JsonObject of(Object... namesAndValues) {
        Builder builder = new Builder(namesAndValues.length / 2);
        for (int index = 0; index < namesAndValues.length; index += 2) {
            builder.put((String) namesAndValues[index], namesAndValues[index + 1]);
        }
        return builder.build();
    }

    public int size() {
        return names.length;
    }

    public String name(int index) {
        return names[index];
    }

    public Object value(int index) {
        return values[index];
    }

    /** The value of the named field, or null. A linear scan: objects are small. */
    public Object get(String name) {
        for (int index = 0; index < names.length; index++) {
            if (names[index].equals(name)) {
                return values[index];
            }
        }
        return null;
    }

    public String text(String name) {
        Object value = get(name);
        return value == null ? null : value.toString();
    }

    /** Builds a {@link JsonObject}. Each field is put once (the builder does not look for repeats). */
    public static final class Builder {
        private String[] names;
        private Object[] values;
        private int size;

        private Builder(int capacity) {
            names = new String[Math.max(capacity, 4)];
            values = new Object[names.length];
        }

        public Builder put(String name, Object value) {
            if (value == null) {
                return this;
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            size++;
            return this;
        }

        public JsonObject build() {
            return new JsonObject(Arrays.copyOf(names, size), Arrays.copyOf(values, size));
        }
    }
}
