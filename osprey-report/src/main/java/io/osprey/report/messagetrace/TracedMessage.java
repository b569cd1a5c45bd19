package io.osprey.report.messagetrace;

import java.time.Instant;
import java.util.List;

/**
 * One message as the message trace knows it, folded from its rows (one per recipient or per routing event).
 *
 * @param messageKey        the normalized InternetMessageId, or null when the trace has none
 * @param internetMessageId the InternetMessageId as first written, or null
 * @param received          the earliest received time of its rows
 * @param recipients        every recipient of its rows, lower-cased, in order of appearance
 * @param sizeInBytes       the largest size its rows give, or null
 * @param statuses          the distinct delivery statuses, in order of appearance
 */
public record TracedMessage(String messageKey, String internetMessageId, Instant received, String sender,
                            List<String> recipients, String subject, Long sizeInBytes, List<String> statuses) {
    public TracedMessage {
        recipients = List.copyOf(recipients);
        statuses = List.copyOf(statuses);
    }
}
