package io.osprey.collect.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;

/**
 * The error of a failed call, read from the documented shapes: {@code {"error":{"code","message"}}} (Graph and
 * Management Activity API) or {@code {"error":"...","error_description":"..."}} (OAuth).
 */
record ErrorBody(String code, String message) {
    private static final int MAX_MESSAGE = 300;

    static ErrorBody parse(byte[] body) {
        try {
            JsonNode tree = BodyCheck.MAPPER.readTree(body);
            JsonNode error = tree == null ? null : tree.get("error");
            if (error == null) {
                return new ErrorBody("", "");
            }
            if (error.isObject()) {
                return new ErrorBody(error.path("code").asText(""), bounded(error.path("message").asText("")));
            }
            return new ErrorBody(error.asText(""), bounded(tree.path("error_description").asText("")));
        } catch (IOException | RuntimeException e) {
            return new ErrorBody("", "");
        }
    }

    private static String bounded(String text) {
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "..." : text;
    }
}
