package io.osprey.collect.activity;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.collect.http.BodyCheck;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a content listing: {@code contentType, contentId, contentUri, contentCreated, contentExpiration}.
 */
record ContentEntry(String contentType, String contentId, String contentUri, String contentCreated) {
    static List<ContentEntry> parseListing(byte[] body, String expectedType) throws IOException {
        List<ContentEntry> entries = new ArrayList<>();
        for (JsonNode item : BodyCheck.MAPPER.readTree(body)) {
            String id = item.path("contentId").asText("");
            String uri = item.path("contentUri").asText("");
            if (id.isEmpty() || uri.isEmpty()) {
                throw new IOException("a content listing entry without contentId or contentUri");
            }
            entries.add(new ContentEntry(item.path("contentType").asText(expectedType), id, uri,
                    item.path("contentCreated").asText(null)));
        }
        return entries;
    }
}
