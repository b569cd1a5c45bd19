package io.osprey.simulate.record;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Renders {@link JsonObject}s to compact JSON text through one reused generator and buffer; for envelopes that
 * carry JSON as a string (CSV cells, Sentinel's nested columns). Not thread-safe: one per writer.
 */
public final class JsonText {
    private final StringBuilder buffer = new StringBuilder(4096);
    private final JsonGenerator generator;

    public JsonText(JsonFactory factory) {
        try {
            generator = factory.createGenerator(new BufferWriter(buffer));
            generator.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String render(JsonObject object) {
        return render((Object) object);
    }

    /** The compact JSON text of any simulator JSON value (object, list, scalar). */
    public String render(Object value) {
        try {
            buffer.setLength(0);
            JsonWriting.writeValue(generator, value);
            generator.flush();
            return buffer.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writer appending to a string builder (no synchronization, unlike StringWriter). */
    private static final class BufferWriter extends Writer {
        private final StringBuilder target;

        BufferWriter(StringBuilder target) {
            this.target = target;
        }

        @Override
        public void write(char[] characters, int offset, int length) {
            target.append(characters, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            target.append(text, offset, offset + length);
        }

        @Override
        public void flush() {
            // nothing buffered here
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
