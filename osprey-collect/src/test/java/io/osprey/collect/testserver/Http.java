package io.osprey.collect.testserver;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for the test tenant's handlers. */
final class Http {
    private Http() {
    }

    /** A response before it is sent (faults may alter it). */
    record Answer(int status, byte[] body, Map<String, String> headers) {
        static Answer json(int status, String body) {
            return new Answer(status, body.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/json"));
        }

        static Answer json(int status, String body, Map<String, String> extraHeaders) {
            Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
            headers.put("Content-Type", "application/json");
            return new Answer(status, body.getBytes(StandardCharsets.UTF_8), headers);
        }

        static Answer error(int status, String code, String message) {
            return json(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
        }
    }

    static Map<String, String> query(String rawQuery) {
        return form(rawQuery == null ? "" : rawQuery);
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }

    static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    static void send(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        if (answer.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
        exchange.close();
    }

    /** Announces the whole body but sends half of it, then closes: the client sees a cut connection. */
    static void sendCut(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(answer.status(), answer.body().length);
        OutputStream out = exchange.getResponseBody();
        out.write(answer.body(), 0, answer.body().length / 2);
        out.flush();
        try {
            out.close();
        } catch (IOException expected) {
            // "insufficient bytes written": the server drops the connection, which is the point.
        }
        exchange.close();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
