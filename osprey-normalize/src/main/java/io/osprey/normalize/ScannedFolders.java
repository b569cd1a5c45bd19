package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.AccessedItem;

import java.util.ArrayList;
import java.util.List;

/**
 * The fast path's reading of MailItemsAccessed {@code Folders} in its plain form: an array of folder objects
 * (or one object) whose {@code FolderItems} is an array of message objects. It yields what
 * {@link MailAccessReader} yields for that form: one item per message with a usable InternetMessageId, or one
 * folder row for a folder without messages. Folders or items held in strings (Sentinel's JSON text,
 * PowerShell renderings) decline, and the tree path reads them.
 */
final class ScannedFolders {
    private static final List<AccessedItem> NONE = List.of();

    private ScannedFolders() {
    }

    static List<AccessedItem> read(JsonScanner json) {
        char first = json.peek();
        if (first == 'n') {
            json.skipValue();
            return NONE;
        }
        List<AccessedItem> items = new ArrayList<>();
        if (first == '{') {
            readFolder(json, items);
        } else if (first == '[') {
            for (boolean more = json.enterArray(); more; more = json.nextElement()) {
                char element = json.peek();
                if (element == '{') {
                    readFolder(json, items);
                } else if (element == '"') {
                    throw JsonScanner.Declined.INSTANCE;
                } else {
                    json.skipValue();
                }
            }
        } else {
            throw JsonScanner.Declined.INSTANCE;
        }
        return items;
    }

    private static void readFolder(JsonScanner json, List<AccessedItem> items) {
        JsonNode id = null;
        JsonNode path = null;
        List<AccessedItem> messages = null;
        boolean itemsSeen = false;
        for (boolean more = json.enterObject(); more; more = json.nextMember()) {
            json.readName();
            if (json.nameIs("Id")) {
                id = ScannedNameValues.once(id, json);
            } else if (json.nameIs("Path")) {
                path = ScannedNameValues.once(path, json);
            } else if (json.nameIs("FolderItems")) {
                if (itemsSeen) {
                    throw JsonScanner.Declined.INSTANCE;
                }
                itemsSeen = true;
                messages = readMessages(json);
            } else {
                json.skipValue();
            }
        }
        String folderId = JsonValues.text(id);
        String folderPath = JsonValues.text(path);
        if (messages == null || messages.isEmpty()) {
            items.add(new AccessedItem(folderId, folderPath, null, null, null));
            return;
        }
        for (AccessedItem message : messages) {
            items.add(new AccessedItem(folderId, folderPath, message.internetMessageId(), message.messageKey(),
                    message.sizeInBytes()));
        }
    }

    /** The folder's messages, without folder id and path (they may follow FolderItems); null when none. */
    private static List<AccessedItem> readMessages(JsonScanner json) {
        char first = json.peek();
        if (first == '"' && json.nextHasContent()) {
            throw JsonScanner.Declined.INSTANCE;
        }
        if (first != '[') {
            json.skipValue(); // null, "", an object, a number or a boolean: no messages
            return null;
        }
        List<AccessedItem> messages = null;
        for (boolean more = json.enterArray(); more; more = json.nextElement()) {
            char element = json.peek();
            if (element == '{') {
                AccessedItem message = readMessage(json);
                if (message != null) {
                    messages = messages == null ? new ArrayList<>() : messages;
                    messages.add(message);
                }
            } else if (element == '"') {
                throw JsonScanner.Declined.INSTANCE;
            } else {
                json.skipValue();
            }
        }
        return messages;
    }

    private static AccessedItem readMessage(JsonScanner json) {
        JsonNode internetMessageId = null;
        JsonNode size = null;
        for (boolean more = json.enterObject(); more; more = json.nextMember()) {
            json.readName();
            if (json.nameIs("InternetMessageId")) {
                internetMessageId = ScannedNameValues.once(internetMessageId, json);
            } else if (json.nameIs("SizeInBytes")) {
                size = ScannedNameValues.once(size, json);
            } else {
                json.skipValue();
            }
        }
        String idText = JsonValues.text(internetMessageId);
        String messageKey = MessageKeys.matchKey(idText);
        return messageKey == null ? null : new AccessedItem(null, null, idText, messageKey, JsonValues.longValue(size));
    }
}
