package io.osprey.analysis;

import java.time.Instant;
import java.util.List;

/**
 * One row of accessed_messages.csv: one message of one mailbox, de-duplicated on the normalized
 * InternetMessageId.
 *
 * @param messageKey             the normalized InternetMessageId (see io.osprey.model.MessageIds)
 * @param internetMessageId      the InternetMessageId as first written
 * @param folderPaths            the folders it was listed in, in order of first appearance
 * @param accessCount            occurrences across records: a lower bound (2-minute aggregation, 1-hour suppression)
 * @param attribution            the worst attribution of the contexts that accessed it
 * @param exposure               "bind" when a Bind record listed it, else "sync"
 * @param accessedByUser         the mailbox's own (user-attributed) contexts also accessed it
 * @param inAttackerSyncedFolder one of its folders was synced by an attacker context
 * @param accesses               per context, in order of first access
 * @param evidenceRecordIds      the records that listed it, in time order
 */
public record MessageExposure(String mailbox, String messageKey, String internetMessageId, List<String> folderPaths,
                              Instant firstAccess, Instant lastAccess, int accessCount, Long sizeInBytes,
                              Attribution attribution, String exposure, boolean accessedByUser,
                              boolean inAttackerSyncedFolder, List<ContextAccess> accesses,
                              List<String> evidenceRecordIds) {
    public MessageExposure {
        folderPaths = List.copyOf(folderPaths);
        accesses = List.copyOf(accesses);
        evidenceRecordIds = List.copyOf(evidenceRecordIds);
    }
}
