package io.osprey.formats.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.osprey.formats.InputHead;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of the first record of a JSON input, read leniently from its head (which may end mid-record): the
 * first-level member names seen, and the first-level scalar values among them. The first record is the first
 * top-level object, the first object element of a top-level array, or the first element of a Graph page's
 * {@code value} array.
 *
 * @param found       an object record was found
 * @param complete    the whole first record was in the head
 * @param names       its first-level member names, in input order
 * @param scalars     its first-level scalar members (name to text)
 * @param pageContext the {@code @odata.context} of the Graph page around it, or null
 */
public record JsonHead(boolean found, boolean complete, List<String> names, Map<String, String> scalars,
                       String pageContext) {
    private static final JsonHead NOTHING = new JsonHead(false, false, List.of(), Map.of(), null);
    /** The last head read: the registry asks every reader, each reader twice, about the same head. */
    private static volatile Read last;

    public JsonHead {
        names = Collections.unmodifiableList(new ArrayList<>(names));
        scalars = Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
    }

    /** The first record's shape; {@link #found()} is false when the head does not start with one. */
    public static JsonHead of(InputHead head) {
        Read previous = last;
        if (previous != null && previous.head() == head) {
            return previous.shape();
        }
        JsonHead shape = read(head);
        last = new Read(head, shape);
        return shape;
    }

    private static JsonHead read(InputHead head) {
        char first = head.firstSignificantChar();
        if (first != '{' && first != '[') {
            return NOTHING;
        }
        try (JsonParser parser = JsonText.FACTORY.createParser(head.text())) {
            return firstRecord(parser, parser.nextToken());
        } catch (IOException cutOrBroken) {
            return NOTHING;
        }
    }

    public boolean has(String name) {
        return names.contains(name);
    }

    /** How many of the names the first record has. */
    public int count(String... candidates) {
        int count = 0;
        for (String name : candidates) {
            if (names.contains(name)) {
                count++;
            }
        }
        return count;
    }

    public String scalar(String name) {
        return scalars.get(name);
    }

    private static JsonHead firstRecord(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.START_ARRAY) {
            token = parser.nextToken();
            return token == JsonToken.START_OBJECT ? new Reading(parser, null).object(false) : NOTHING;
        }
        return token == JsonToken.START_OBJECT ? new Reading(parser, null).object(true) : NOTHING;
    }

    private record Read(InputHead head, JsonHead shape) {
    }

    /** Collects what it can of one object; stops quietly where the head is cut or broken. */
    private static final class Reading {
        private final JsonParser parser;
        private final String pageContext;
        private final List<String> names = new ArrayList<>();
        private final Map<String, String> scalars = new LinkedHashMap<>();

        Reading(JsonParser parser, String pageContext) {
            this.parser = parser;
            this.pageContext = pageContext;
        }

        JsonHead object(boolean mayBePage) {
            try {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (mayBePage && value == JsonToken.START_ARRAY && name.equals("value") && allOData()) {
                        return page();
                    }
                    names.add(name);
                    if (value.isStructStart()) {
                        parser.skipChildren();
                    } else if (value != JsonToken.VALUE_NULL) {
                        scalars.put(name, parser.getText());
                    }
                }
                return new JsonHead(true, true, names, scalars, pageContext);
            } catch (IOException cut) {
                return new JsonHead(!names.isEmpty(), false, names, scalars, pageContext);
            }
        }

        private JsonHead page() throws IOException {
            String context = scalars.getOrDefault("@odata.context", "");
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new JsonHead(false, false, List.of(), Map.of(), context);
            }
            return new Reading(parser, context).object(false);
        }

        private boolean allOData() {
            return names.stream().allMatch(name -> name.startsWith("@odata."));
        }
    }
}
