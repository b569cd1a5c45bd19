package io.osprey.model;

/**
 * One item of a MailItemsAccessed record: a message (Bind) or a whole folder (Sync, no message id).
 *
 * @param folderId          the folder's store id, when present
 * @param folderPath        the folder path as written (may be localized or lack the leading backslash)
 * @param internetMessageId the InternetMessageId as written, or null for a folder row
 * @param messageKey        the normalized match key for the InternetMessageId (see {@link MessageIds}), or null
 * @param sizeInBytes       the item's size, or null
 */
public record AccessedItem(String folderId, String folderPath, String internetMessageId, String messageKey,
                           Long sizeInBytes) {
    public boolean isFolderRow() {
        return internetMessageId == null;
    }
}
