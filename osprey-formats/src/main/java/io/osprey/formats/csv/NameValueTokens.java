package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code Name:Value} tokens the Exchange object model renders OperationProperties as
 * ({@code MailAccessType:Sync IsThrottled:False}, sometimes comma-separated or in braces) into AuditData's
 * {@code [{"Name":..,"Value":..}]} form. A token without a colon continues the previous value (values with spaces).
 */
final class NameValueTokens {
    private NameValueTokens() {
    }

    static ArrayNode parse(String text) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        String body = text.strip();
        if (body.startsWith("{") && body.endsWith("}")) {
            body = body.substring(1, body.length() - 1);
        }
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String token : words(body)) {
            String word = token.endsWith(",") ? token.substring(0, token.length() - 1) : token;
            int colon = word.indexOf(':');
            if (colon > 0) {
                add(list, name, value);
                name = word.substring(0, colon);
                value.setLength(0);
                value.append(word, colon + 1, word.length());
            } else if (!word.isEmpty()) {
                if (name == null) {
                    name = word;
                } else {
                    value.append(value.length() == 0 ? "" : " ").append(word);
                }
            }
        }
        add(list, name, value);
        return list;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    private static void add(ArrayNode list, String name, StringBuilder value) {
        if (name != null) {
            ObjectNode pair = list.addObject();
            pair.put("Name", name);
            pair.put("Value", value.toString());
        }
    }
}
