package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.AccessedItem;

import java.util.List;
import java.util.Map;

/**
 * The AuditData values of one record that the normalizer uses, gathered either by the fast
 * {@link AuditDataScanner} or from a Jackson tree ({@link TreeFields}); {@link EventAssembler} reads them.
 * Scalars are kept as the JSON nodes Jackson would build, so both sources are read by the same lenient
 * readers. A scratch object for one call: filled once, then read; not shared.
 */
final class AuditFields {
    private final JsonNode[] scalars = new JsonNode[AuditField.COUNT];
    private Map<String, String> operationProperties = Map.of();
    private Map<String, String> parameters = Map.of();
    private Map<String, String> modifiedProperties = Map.of();
    private Map<String, String> extendedProperties = Map.of();
    private Map<String, String> deviceProperties;
    private boolean devicePropertiesLossy;
    private JsonNode contextSessionId;
    private JsonNode contextApiId;
    private JsonNode contextClientAppId;
    private JsonNode folders;
    private List<AccessedItem> folderItems;
    private int fieldCount;

    /** A scalar field's value as written (absent: null; JSON null: a null node). */
    JsonNode scalar(AuditField field) {
        return scalars[field.ordinal()];
    }

    /** A scalar field as text, see {@link JsonValues#text(JsonNode)}. */
    String text(AuditField field) {
        return JsonValues.text(scalars[field.ordinal()]);
    }

    void putScalar(AuditField field, JsonNode value) {
        scalars[field.ordinal()] = value;
    }

    Map<String, String> nameValues(AuditField field) {
        return switch (field) {
            case OPERATION_PROPERTIES -> operationProperties;
            case PARAMETERS -> parameters;
            case MODIFIED_PROPERTIES -> modifiedProperties;
            case EXTENDED_PROPERTIES -> extendedProperties;
            default -> throw new IllegalArgumentException(field + " is not a name/value list");
        };
    }

    void putNameValues(AuditField field, Map<String, String> entries) {
        switch (field) {
            case OPERATION_PROPERTIES -> operationProperties = entries;
            case PARAMETERS -> parameters = entries;
            case MODIFIED_PROPERTIES -> modifiedProperties = entries;
            case EXTENDED_PROPERTIES -> extendedProperties = entries;
            default -> throw new IllegalArgumentException(field + " is not a name/value list");
        }
    }

    /** DeviceProperties as a name-to-value map; null when AuditData has no DeviceProperties field. */
    Map<String, String> deviceProperties() {
        return deviceProperties;
    }

    /** Whether reading DeviceProperties met PowerShell loss; it degrades the record only if it is used. */
    boolean devicePropertiesLossy() {
        return devicePropertiesLossy;
    }

    void putDeviceProperties(Map<String, String> entries, boolean lossy) {
        deviceProperties = entries;
        devicePropertiesLossy = lossy;
    }

    JsonNode contextSessionId() {
        return contextSessionId;
    }

    JsonNode contextApiId() {
        return contextApiId;
    }

    JsonNode contextClientAppId() {
        return contextClientAppId;
    }

    /** The AppAccessContext members AADSessionId, APIId and ClientAppId. */
    void putAppAccessContext(JsonNode sessionId, JsonNode apiId, JsonNode clientAppId) {
        contextSessionId = sessionId;
        contextApiId = apiId;
        contextClientAppId = clientAppId;
    }

    /** Folders as a JSON tree, for {@link MailAccessReader}; null when read as items already. */
    JsonNode folders() {
        return folders;
    }

    void putFolders(JsonNode value) {
        folders = value;
    }

    /** The accessed items already read from plain Folders by the fast path; null when not read that way. */
    List<AccessedItem> folderItems() {
        return folderItems;
    }

    void putFolderItems(List<AccessedItem> items) {
        folderItems = items;
    }

    int fieldCount() {
        return fieldCount;
    }

    void putFieldCount(int count) {
        fieldCount = count;
    }
}
