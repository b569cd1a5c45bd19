package io.osprey.collect.evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Counts the elements of a top-level JSON array without building it in memory. */
public final class JsonCounts {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonCounts() {
    }

    public static long arrayElements(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return count(parser);
        }
    }

    /** Counts the elements of the array in a gzip file (an evidence file already on disk). */
    public static long arrayElementsInGzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
             JsonParser parser = FACTORY.createParser(in)) {
            return count(parser);
        }
    }

    private static long count(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw new IOException("not a JSON array");
        }
        long elements = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.skipChildren();
            elements++;
        }
        return elements;
    }
}
