package io.osprey.report.messagetrace;

import io.osprey.model.MessageIds;
import io.osprey.model.SourceLocation;

import java.time.Instant;
import java.util.List;

/**
 * One row of a message trace export, as the file gives it. Get-MessageTrace writes one row per recipient; the
 * Exchange admin center's summary report one row per message with every recipient; its extended report one row
 * per routing event. {@link TracedMessages} folds rows into messages.
 *
 * @param received           when Exchange Online received the message (UTC)
 * @param recipientAddresses the recipients the row names (lower-cased), in file order
 * @param internetMessageId  the Message-ID header as written, or null when the row has none
 * @param messageKey         the normalized match key of the InternetMessageId (see {@link MessageIds}), or null
 * @param traceId            MessageTraceId or network_message_id, or null
 * @param sizeInBytes        the message size, or null when absent or unreadable
 * @param direction          directionality (Originating, Incoming) when the export has it, else null
 */
public record MessageTraceRow(Instant received, String senderAddress, List<String> recipientAddresses, String subject,
                              String status, Long sizeInBytes, String internetMessageId, String messageKey,
                              String traceId, String fromIp, String toIp, String direction, SourceLocation location) {
    public MessageTraceRow {
        recipientAddresses = List.copyOf(recipientAddresses);
    }

    /** A row with the match key computed from the InternetMessageId. */
    public static MessageTraceRow of(Instant received, String senderAddress, List<String> recipientAddresses,
                                     String subject, String status, Long sizeInBytes, String internetMessageId,
                                     String traceId, String fromIp, String toIp, String direction,
                                     SourceLocation location) {
        return new MessageTraceRow(received, senderAddress, recipientAddresses, subject, status, sizeInBytes,
                internetMessageId, MessageIds.matchKey(internetMessageId), traceId, fromIp, toIp, direction, location);
    }
}
