package io.osprey.formats.json;

import io.osprey.model.SourceLocation;

import java.util.List;
import java.util.Map;

/**
 * One record position of a JSON input: a top-level value, an element of a top-level array, or an element of a
 * Graph page's {@code value} array.
 *
 * @param location where the record starts (line and character offset of its first character)
 * @param text     the record's exact text, sliced from the input
 * @param kind     object, array or scalar
 * @param names    the object's member names in input order (empty for arrays and scalars)
 */
public record JsonRecord(SourceLocation location, String text, JsonKind kind, List<String> names) {
    public JsonRecord {
        names = List.copyOf(names);
    }

    public boolean isObject() {
        return kind == JsonKind.OBJECT;
    }

    public boolean hasAny(String... candidates) {
        for (String name : candidates) {
            if (names.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The object's members with their verbatim value text (parses the record's text again). */
    public Map<String, JsonMember> members() {
        return JsonMembers.of(text);
    }
}
