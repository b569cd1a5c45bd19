package io.osprey.analysis.lookup;

import io.osprey.analysis.Attribution;

import java.time.Instant;
import java.util.List;

/**
 * One answer of the reverse lookup: who accessed a requested message, when and from which context. A requested
 * id that no record lists gives one row with {@code found} false and the other fields empty.
 */
public record MessageAccessRow(String requestedId, String messageKey, boolean found, String mailbox,
                               String internetMessageId, List<String> folderPaths, String contextId,
                               Attribution attribution, String userId, String clientIp, String sessionId,
                               String appId, String clientAppId, String clientInfoString, Instant firstAccess,
                               Instant lastAccess, int accessCount, List<String> recordIds) {
    public MessageAccessRow {
        folderPaths = List.copyOf(folderPaths);
        recordIds = List.copyOf(recordIds);
    }

    static MessageAccessRow notFound(String requestedId, String messageKey) {
        return new MessageAccessRow(requestedId, messageKey, false, null, null, List.of(), null, null, null, null,
                null, null, null, null, null, null, 0, List.of());
    }
}
