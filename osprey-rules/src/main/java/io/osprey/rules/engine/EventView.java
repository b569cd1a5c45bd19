package io.osprey.rules.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.osprey.model.AuditEvent;

import java.util.HashMap;
import java.util.Map;

/**
 * One event as the rules see it: the normalized {@link AuditEvent}, its AuditData parsed on first need (most
 * events are rejected on Operation before any rule looks at raw paths), and whether the investigation
 * attributed its context to the attacker. One view per event; not shared between threads.
 */
public final class EventView {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditEvent event;
    private final boolean attackerContext;
    private JsonNode auditData;
    private Map<String, String> oldModifiedProperties;

    public EventView(AuditEvent event, boolean attackerContext) {
        this.event = event;
        this.attackerContext = attackerContext;
    }

    public AuditEvent event() {
        return event;
    }

    public boolean attackerContext() {
        return attackerContext;
    }

    /** The AuditData JSON; a missing node when the raw text is absent or not JSON. */
    public JsonNode auditData() {
        if (auditData == null) {
            auditData = parse(event.rawJson());
        }
        return auditData;
    }

    /** ModifiedProperties as a name-to-OldValue map (the model keeps only the new values). */
    public Map<String, String> oldModifiedProperties() {
        if (oldModifiedProperties == null) {
            oldModifiedProperties = readOldValues(auditData().get("ModifiedProperties"));
        }
        return oldModifiedProperties;
    }

    private static Map<String, String> readOldValues(JsonNode list) {
        JsonNode resolved = list;
        if (resolved != null && resolved.isTextual()) {
            resolved = parse(resolved.textValue());
        }
        Map<String, String> values = new HashMap<>();
        if (resolved == null || !resolved.isArray()) {
            return values;
        }
        for (JsonNode entry : resolved) {
            JsonNode name = entry.get("Name");
            if (name != null && name.isTextual()) {
                values.putIfAbsent(name.textValue(), JsonText.scalar(entry.get("OldValue")));
            }
        }
        return values;
    }

    static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node == null ? MissingNode.getInstance() : node;
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
