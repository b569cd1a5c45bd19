package io.osprey.analysis;

import io.osprey.analysis.geo.NetworkInfo;

import java.time.Instant;
import java.util.List;

/**
 * One access context of one mailbox (SessionId, client IP, ClientInfoString, acting user, AppId, ClientAppId,
 * logon type) with its attribution.
 *
 * @param contextId      a stable short hash of the mailbox and those fields
 * @param network        the /24 or /48 of the client IP, or null
 * @param networkInfo    GeoIP facts ({@link NetworkInfo#UNKNOWN} without databases)
 * @param itemsAccessed  items listed by the context's records (messages, or folders for Sync)
 * @param score          the ranking score: the sum of the reasons' weights
 * @param syncedFolders  folders this context synced
 */
public record AccessContext(String contextId, String mailbox, String userId, String clientIp, String sessionId,
                            String appId, String clientAppId, String clientInfoString, String logonType,
                            Instant firstSeen, Instant lastSeen, int recordCount, int bindRecords,
                            int syncRecords, int throttledRecords, long itemsAccessed, String network,
                            NetworkInfo networkInfo, Attribution attribution, int score, List<Reason> reasons,
                            List<String> syncedFolders) {
    public AccessContext {
        reasons = List.copyOf(reasons);
        syncedFolders = List.copyOf(syncedFolders);
    }
}
