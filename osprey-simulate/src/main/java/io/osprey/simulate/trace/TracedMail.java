package io.osprey.simulate.trace;

import java.util.List;

/**
 * One message as a message trace shows it for a traced mailbox.
 *
 * @param mailbox           the traced mailbox (its UPN)
 * @param received          when Exchange Online received the message (epoch seconds, UTC)
 * @param sentByMailbox     true for mail the mailbox sent, false for mail it received
 * @param recipients        one trace row per recipient
 * @param fromIp            the sending client or server address, empty for mail sent inside the tenant
 */
public record TracedMail(String mailbox, String internetMessageId, long received, boolean sentByMailbox,
                         String sender, List<String> recipients, String subject, int sizeInBytes, String traceId,
                         String fromIp) {
    public TracedMail {
        recipients = List.copyOf(recipients);
    }
}
