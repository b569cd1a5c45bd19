package io.osprey.simulate.truth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The planted facts of a simulation ({@code truth.json}): what an investigation of the evidence must find.
 * Accessed messages and synced folders are those the evidence records (accesses hidden by throttling or the
 * one-hour suppression are counted, not listed); sync-exposed messages are those the message trace lists.
 * Verdicts are listed for every mailbox the attacker touched or targeted; every other mailbox's verdict is
 * NOT_AUDITED when it is one of {@link #unauditedMailboxes()} (its audit set lacks MailItemsAccessed), else
 * {@link #defaultVerdict()}: see {@link #verdictOf(String)}.
 */
public record GroundTruth(
        String scenario, long seed, int users, int days, String startUtc, String endUtc, List<String> formats,
        boolean overlap, long uniqueRecordCount, long duplicateRecordCount, Map<String, Long> recordCountsByOperation,
        List<AttackerContext> attackerContexts, List<String> iocs, List<AccessedMessage> attackerAccessedMessages,
        List<SyncedFolders> attackerSyncedFolders, List<SyncExposedMessage> attackerSyncExposedMessages,
        List<ThrottledWindows> throttledWindows,
        List<MailboxVerdict> mailboxVerdicts, Verdict defaultVerdict, List<String> unauditedMailboxes,
        List<TenantFinding> tenantFindings, List<String> attackerRecordIds) {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * A planted attacker access context.
     *
     * @param label                 a stable name, e.g. {@code token-theft/session-replay}
     * @param description           what the context is
     * @param mailboxes             the mailboxes it touched or targeted
     * @param userId                the acting UserId, or null when it varies (a spray)
     * @param clientIps             bare client addresses
     * @param clientIpAddresses     the addresses as the records write them (ports, brackets, ::ffff:)
     * @param sessionId             the Entra SessionId, or null
     * @param sessionSharedWithUser true when the session is the victim's own (stolen token or cookie)
     * @param clientInfoStrings     ClientInfoString values it used
     * @param appId                 AppId of its mailbox accesses, or null
     * @param clientAppId           ClientAppId of its mailbox accesses (the OAuth application), or null
     * @param userAgent             the user agent of its sign-ins, or null
     * @param iocs                  the indicators an analyst would pass ({@code ip:...}, {@code session:...})
     */
    public record AttackerContext(String label, String description, List<String> mailboxes, String userId,
                                  List<String> clientIps, List<String> clientIpAddresses, String sessionId,
                                  boolean sessionSharedWithUser, List<String> clientInfoStrings, String appId,
                                  String clientAppId, String userAgent, List<String> iocs) {
    }

    /** A message the attacker accessed, as bind records show it. */
    public record AccessedMessage(String mailbox, String internetMessageId, String folderPath, String firstAccessUtc,
                                  String lastAccessUtc, List<String> contexts, List<String> recordIds) {
    }

    /** Folders the attacker synced in a mailbox, with the Sync record ids. */
    public record SyncedFolders(String mailbox, List<String> folders, List<String> recordIds) {
    }

    /**
     * A message an attacker Sync exposed, as the message trace ({@code OUTDIR/message-trace/}) shows it: the
     * trace has no folders, so a synced Inbox (or folder under it) exposes every message the mailbox received up
     * to the sync, a synced Sent Items every message it sent; each message is listed once, with the first sync
     * that exposed it.
     */
    public record SyncExposedMessage(String mailbox, String internetMessageId, String receivedUtc, String syncUtc,
                                     String syncRecordId) {
    }

    /** A window {@code [startUtc, endUtc)}. */
    public record Window(String startUtc, String endUtc) {
    }

    /** A mailbox's merged throttled windows and the IsThrottled True record ids behind them. */
    public record ThrottledWindows(String mailbox, List<Window> windows, List<String> recordIds) {
    }

    /**
     * The verdict an investigation must reach for a mailbox.
     *
     * @param basis                     why the mailbox is under investigation
     * @param reasons                   why the verdict is what it is
     * @param unrecordedAttackerBinds   attacker binds no record shows (auditing throttled)
     */
    public record MailboxVerdict(String mailbox, Verdict verdict, String basis, List<String> reasons,
                                 int attackerAccessedMessages, List<String> attackerSyncedFolders,
                                 List<Window> throttledWindows, long unrecordedAttackerBinds) {
    }

    /** A record a tenant hunt must flag. */
    public record TenantFinding(FindingKind kind, String operation, String recordId, String timeUtc, String userId,
                                String detail) {
    }

    /** The verdict an investigation must reach for any mailbox of the tenant. */
    public Verdict verdictOf(String mailbox) {
        for (MailboxVerdict verdict : mailboxVerdicts) {
            if (verdict.mailbox().equals(mailbox)) {
                return verdict.verdict();
            }
        }
        return unauditedMailboxes.contains(mailbox) ? Verdict.NOT_AUDITED : defaultVerdict;
    }

    public void write(Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), this);
    }

    public static GroundTruth read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), GroundTruth.class);
    }
}
