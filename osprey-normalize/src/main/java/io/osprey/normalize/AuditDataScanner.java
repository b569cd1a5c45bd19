package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fast path: gathers the {@link AuditFields} in one pass over the AuditData text with a
 * {@link JsonScanner}, materializing only the values the normalizer uses and skipping the rest. It reads the
 * plain shapes Microsoft's own exports write; for anything else — invalid JSON, a repeated member, structured
 * fields held in strings, PowerShell renderings inside them — it declines and the normalizer takes the tree
 * path, so both paths give the same event for every input. One instance per record; not shared.
 */
final class AuditDataScanner {
    private final JsonScanner json;
    private final Degradation degradation;
    private final AuditFields fields = new AuditFields();
    private final MemberNames names = new MemberNames();

    private AuditDataScanner(String text, Degradation degradation) {
        this.json = new JsonScanner(text);
        this.degradation = degradation;
    }

    /** The record's fields, or null when the fast path declines it (nothing is marked on the degradation). */
    static AuditFields scan(String text, Degradation degradation) {
        Degradation scanned = new Degradation(false);
        AuditFields fields;
        try {
            fields = new AuditDataScanner(text, scanned).read();
        } catch (JsonScanner.Declined declined) {
            return null;
        }
        if (scanned.isDegraded()) {
            degradation.mark();
        }
        return fields;
    }

    private AuditFields read() {
        int fieldCount = 0;
        for (boolean more = json.enterObject(); more; more = json.nextMember()) {
            json.readName();
            AuditField field = AuditField.find(json.text(), json.nameStart(), json.nameEnd(), json.nameKey());
            names.add(json, field);
            if (json.nextHasContent()) {
                fieldCount++;
            }
            if (field == null) {
                skipOther();
            } else {
                readField(field);
            }
        }
        json.endDocument();
        fields.putFieldCount(fieldCount);
        return fields;
    }

    private void readField(AuditField field) {
        switch (field.kind()) {
            case SCALAR -> {
                JsonNode value = json.scalar();
                if (value.isTextual() && PowerShellFlattening.isFlattenedValue(value.textValue())) {
                    degradation.mark();
                }
                fields.putScalar(field, value);
            }
            case NAME_VALUES -> fields.putNameValues(field, ScannedNameValues.read(json, field.valueKey(), degradation));
            case DEVICE_PROPERTIES -> {
                Degradation loss = new Degradation(false);
                fields.putDeviceProperties(ScannedNameValues.read(json, NameValueLists.VALUE, loss), loss.isDegraded());
            }
            case APP_ACCESS_CONTEXT -> readAppAccessContext();
            case FOLDERS -> fields.putFolderItems(ScannedFolders.read(json));
        }
    }

    /** A field the normalizer does not use: skipped, but checked for PowerShell renderings as the tree path does. */
    private void skipOther() {
        char first = json.peek();
        if (first == '"') {
            skipStringCheckingFlattening();
        } else if (first == '[') {
            for (boolean more = json.enterArray(); more; more = json.nextElement()) {
                if (json.peek() == '"') {
                    skipStringCheckingFlattening();
                } else {
                    json.skipValue();
                }
            }
        } else {
            json.skipValue();
        }
    }

    /** Decodes the string only when it could be a rendering ({@code @{...}}, {@code System....}). */
    private void skipStringCheckingFlattening() {
        json.skipString();
        if (json.lastStringIsEmpty()) {
            return;
        }
        char first = json.lastStringFirstCharacter();
        if ((first == '\\' || PowerShellFlattening.mayStartFlattenedValue(first))
                && PowerShellFlattening.isFlattenedValue(json.lastString())) {
            degradation.mark();
        }
    }

    private void readAppAccessContext() {
        char first = json.peek();
        if (first == '[' || first == '"' && json.nextHasContent()) {
            throw JsonScanner.Declined.INSTANCE;
        }
        if (first != '{') {
            json.skipValue(); // null, "", a number or a boolean: no context
            return;
        }
        JsonNode sessionId = null;
        JsonNode apiId = null;
        JsonNode clientAppId = null;
        for (boolean more = json.enterObject(); more; more = json.nextMember()) {
            json.readName();
            if (json.nameIs("AADSessionId")) {
                sessionId = ScannedNameValues.once(sessionId, json);
            } else if (json.nameIs("APIId")) {
                apiId = ScannedNameValues.once(apiId, json);
            } else if (json.nameIs("ClientAppId")) {
                clientAppId = ScannedNameValues.once(clientAppId, json);
            } else {
                json.skipValue();
            }
        }
        fields.putAppAccessContext(sessionId, apiId, clientAppId);
    }
}
