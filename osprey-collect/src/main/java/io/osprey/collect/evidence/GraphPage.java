package io.osprey.collect.evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One Microsoft Graph page ({@code {"value":[...],"@odata.nextLink":"..."}}) cut into its values, each kept as
 * the exact bytes it had in the response. Only white space outside strings is removed, and only from a value
 * that spans several lines, so each value fits on one line of a JSON-lines file.
 *
 * @param values   the raw JSON of each element of {@code value}
 * @param nextLink the {@code @odata.nextLink}, or null on the last page
 */
public record GraphPage(List<byte[]> values, String nextLink) {
    private static final JsonFactory FACTORY = new JsonFactory();

    public GraphPage {
        values = List.copyOf(values);
    }

    /** Reads a page body; throws when the body is not a JSON object. */
    public static GraphPage parse(byte[] body) throws IOException {
        List<byte[]> values = new ArrayList<>();
        String nextLink = null;
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a Graph page must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if ("value".equals(field) && token == JsonToken.START_ARRAY) {
                    readValues(parser, body, values);
                } else if ("@odata.nextLink".equals(field) && token == JsonToken.VALUE_STRING) {
                    nextLink = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        }
        return new GraphPage(values, nextLink);
    }

    private static void readValues(JsonParser parser, byte[] body, List<byte[]> values) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int start = (int) parser.currentTokenLocation().getByteOffset();
            parser.skipChildren();
            int end = (int) parser.currentLocation().getByteOffset();
            values.add(JsonText.singleLine(Arrays.copyOfRange(body, start, end)));
        }
    }
}
