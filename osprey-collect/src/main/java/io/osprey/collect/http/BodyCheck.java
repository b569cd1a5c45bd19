package io.osprey.collect.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * Decides whether a successful response body arrived whole. A body that is not complete JSON (cut by a dropped
 * connection or a proxy) is retried instead of saved.
 */
@FunctionalInterface
public interface BodyCheck {
    ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Accepts anything, e.g. an empty 200 from a subscription start. */
    BodyCheck ANY = body -> null;

    /** A complete JSON document; for an OData page, {@code @odata.count} (when present) must match the values. */
    BodyCheck JSON = body -> {
        JsonNode tree = parse(body);
        if (tree == null) {
            return "the body is not complete JSON";
        }
        JsonNode count = tree.get("@odata.count");
        JsonNode values = tree.get("value");
        if (count != null && values != null && values.isArray() && count.asLong() != values.size()) {
            return "@odata.count " + count.asLong() + " but " + values.size() + " values";
        }
        return null;
    };

    /** A complete JSON array (a Management Activity API content list or content blob). */
    BodyCheck JSON_ARRAY = body -> {
        JsonNode tree = parse(body);
        return tree != null && tree.isArray() ? null : "the body is not a complete JSON array";
    };

    /** @return null when the body is acceptable, otherwise what is wrong with it */
    String problem(byte[] body);

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
