package io.osprey.report.timeline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.osprey.report.AtomicFile;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A JSON-lines output: one compact JSON object per line, UTF-8, LF; moved into place on close when complete. */
final class JsonLines implements Closeable {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final AtomicFile file;
    private final OutputStream out;
    private final JsonGenerator json;
    private boolean complete;

    JsonLines(Path target) throws IOException {
        this.file = new AtomicFile(target);
        this.out = Files.newOutputStream(file.temporary());
        this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.setRootValueSeparator(null);
    }

    /** One object of the named values; null values are left out. */
    void object(List<String> names, Object[] values) throws IOException {
        json.writeStartObject();
        for (int index = 0; index < values.length; index++) {
            Object value = values[index];
            if (value == null) {
                continue;
            }
            json.writeFieldName(names.get(index));
            if (value instanceof Number number) {
                json.writeNumber(number.longValue());
            } else if (value instanceof Boolean bool) {
                json.writeBoolean(bool);
            } else {
                json.writeString(value.toString());
            }
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /**
     * The JSON text re-written compactly on one line, every value exactly as it was (field order, number text).
     *
     * @return false (and nothing written) when the text is not one JSON object
     */
    boolean copy(String jsonText) throws IOException {
        if (jsonText == null) {
            return false;
        }
        try (JsonParser parser = FACTORY.createParser(jsonText)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            StringBuilderWriter line = new StringBuilderWriter(jsonText.length());
            try (JsonGenerator compact = FACTORY.createGenerator(line)) {
                compact.copyCurrentStructure(parser);
            }
            if (parser.nextToken() != null) {
                return false;
            }
            json.writeRaw(line.toString());
            json.writeRaw('\n');
            return true;
        } catch (com.fasterxml.jackson.core.JacksonException notJson) {
            return false;
        }
    }

    void complete() {
        complete = true;
    }

    @Override
    public void close() throws IOException {
        try {
            json.close();
            out.close();
        } finally {
            if (complete) {
                file.commit();
            } else {
                file.discard();
            }
        }
    }

    /** A Writer over a StringBuilder without synchronization. */
    private static final class StringBuilderWriter extends java.io.Writer {
        private final StringBuilder text;

        StringBuilderWriter(int capacity) {
            this.text = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            text.append(buffer, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
