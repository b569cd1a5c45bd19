package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.AccessedItem;
import io.osprey.model.MailAccess;
import io.osprey.model.MailAccessType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the MailItemsAccessed part of a record: access type and throttling from OperationProperties (by name),
 * OperationCount, and one {@link AccessedItem} per {@code Folders[].FolderItems[]} entry. A folder without
 * message entries (Sync) yields one folder row. Folders may arrive as a JSON string (Sentinel) or flattened by
 * PowerShell; flattened folders have lost their messages, so they yield folder rows for Sync records only.
 */
final class MailAccessReader {
    static final String OPERATION = "MailItemsAccessed";

    private MailAccessReader() {
    }

    static MailAccess read(AuditFields fields, Map<String, String> operationProperties, Degradation degradation) {
        MailAccessType accessType = accessType(operationProperties.get("MailAccessType"));
        Boolean throttled = JsonValues.parseBoolean(operationProperties.get("IsThrottled"));
        Integer operationCount = JsonValues.integer(fields.scalar(AuditField.OPERATION_COUNT));
        List<AccessedItem> items = fields.folderItems() != null ? fields.folderItems()
                : items(fields.folders(), accessType, degradation);
        return new MailAccess(accessType, throttled, operationCount, items);
    }

    /** The access type; the two names as Exchange writes them are matched before the general parse. */
    private static MailAccessType accessType(String written) {
        if ("Bind".equals(written)) {
            return MailAccessType.BIND;
        }
        return "Sync".equals(written) ? MailAccessType.SYNC : MailAccessType.parse(written);
    }

    private static List<AccessedItem> items(JsonNode value, MailAccessType accessType, Degradation degradation) {
        JsonNode folders = StructuredValues.resolve(value, degradation);
        List<AccessedItem> items = new ArrayList<>();
        if (folders != null && folders.isArray()) {
            for (JsonNode folder : folders) {
                addFolder(folder, accessType, items, degradation);
            }
        } else if (folders != null) {
            addFolder(folders, accessType, items, degradation);
        }
        return items;
    }

    private static void addFolder(JsonNode folder, MailAccessType accessType, List<AccessedItem> items,
                                  Degradation degradation) {
        if (folder.isTextual()) {
            addFlattenedFolder(folder.textValue().trim(), accessType, items, degradation);
            return;
        }
        if (!folder.isObject()) {
            return;
        }
        String folderId = JsonValues.text(folder.get("Id"));
        String folderPath = JsonValues.text(folder.get("Path"));
        int before = items.size();
        Degradation folderLoss = new Degradation(false);
        JsonNode folderItems = StructuredValues.resolve(folder.get("FolderItems"), folderLoss);
        if (folderItems != null && folderItems.isArray()) {
            for (JsonNode item : folderItems) {
                addMessage(item, folderId, folderPath, items, folderLoss);
            }
        }
        if (folderLoss.isDegraded()) {
            degradation.mark();
        }
        boolean noMessages = items.size() == before;
        if (noMessages && (accessType == MailAccessType.SYNC || !folderLoss.isDegraded())) {
            items.add(new AccessedItem(folderId, folderPath, null, null, null));
        }
    }

    private static void addMessage(JsonNode item, String folderId, String folderPath, List<AccessedItem> items,
                                   Degradation degradation) {
        String internetMessageId;
        Long size;
        if (item.isObject()) {
            internetMessageId = JsonValues.text(item.get("InternetMessageId"));
            size = JsonValues.longValue(item.get("SizeInBytes"));
        } else if (item.isTextual() && PowerShellFlattening.isHashtable(item.textValue().trim())) {
            degradation.mark();
            Map<String, String> flattened = PowerShellFlattening.parseHashtable(item.textValue().trim());
            internetMessageId = emptyToNull(flattened.get("InternetMessageId"));
            String sizeText = flattened.get("SizeInBytes");
            size = sizeText == null ? null : JsonValues.parseLong(sizeText.trim());
        } else {
            if (item.isTextual() && PowerShellFlattening.isArtefact(item.textValue())) {
                degradation.mark();
            }
            return;
        }
        String messageKey = MessageKeys.matchKey(internetMessageId);
        if (messageKey != null) {
            items.add(new AccessedItem(folderId, folderPath, internetMessageId, messageKey, size));
        }
    }

    private static void addFlattenedFolder(String text, MailAccessType accessType, List<AccessedItem> items,
                                           Degradation degradation) {
        if (!PowerShellFlattening.isArtefact(text)) {
            return;
        }
        degradation.mark();
        if (accessType == MailAccessType.SYNC && PowerShellFlattening.isHashtable(text)) {
            Map<String, String> flattened = PowerShellFlattening.parseHashtable(text);
            items.add(new AccessedItem(emptyToNull(flattened.get("Id")), emptyToNull(flattened.get("Path")),
                    null, null, null));
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
