package io.osprey.formats.json;

import com.fasterxml.jackson.core.JsonToken;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What makes JSON an AuditData record, and how envelopes carry it. */
final class AuditDataShape {
    /** The fields that identify an audit event (EventKey): an AuditData record has all three. */
    static final String[] KEY_FIELDS = {"Id", "CreationTime", "Operation"};

    private AuditDataShape() {
    }

    static boolean isAuditData(Collection<String> names) {
        for (String field : KEY_FIELDS) {
            if (!names.contains(field)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The AuditData an envelope member carries: the object's verbatim text, or the content of a string holding a
     * JSON object (PowerShell JSON lines, stringified columns). {@link Embedded#problem()} says why there is none.
     */
    static Embedded embedded(JsonMember member) {
        if (member == null || member.token() == JsonToken.VALUE_NULL) {
            return new Embedded(null, "missing", false);
        }
        if (member.isObject()) {
            return new Embedded(member.text(), null, false);
        }
        if (member.isString()) {
            String problem = JsonText.objectError(member.scalar());
            return problem == null ? new Embedded(member.scalar(), null, false) : new Embedded(null, problem, true);
        }
        return new Embedded(null, "not a JSON object", false);
    }

    /** The scalar members with a value (not null, not empty text), except the excluded names. */
    static Map<String, String> scalars(Map<String, JsonMember> members, Set<String> excluded) {
        Map<String, String> envelope = new LinkedHashMap<>();
        for (JsonMember member : members.values()) {
            if (member.hasScalar() && !member.scalar().isEmpty() && !excluded.contains(member.name())) {
                envelope.put(member.name(), member.scalar());
            }
        }
        return envelope;
    }

    /**
     * An AuditData text found in an envelope, or the reason there is none.
     *
     * @param json    the AuditData JSON text, null when absent or unusable
     * @param problem    null when {@code json} is set; else "missing", "not a JSON object" or the parser's message
     * @param brokenText the member was text that does not hold a JSON object
     */
    record Embedded(String json, String problem, boolean brokenText) {
        boolean isPresent() {
            return json != null;
        }

        boolean isAuditData() {
            return json != null && AuditDataShape.isAuditData(JsonMembers.of(json).keySet());
        }
    }
}
