package io.osprey.report.notification;

import io.osprey.analysis.Attribution;

import java.time.Instant;
import java.util.List;

/**
 * One line of the notification list: a message of a mailbox that an attacker (or suspicious) context got, with
 * what the message trace says about it.
 *
 * @param internetMessageId the InternetMessageId as written (by the audit log, else the trace), or null when the
 *                          trace row had none
 * @param received          when Exchange Online received it (trace), or null when the trace does not list it
 * @param exposure          {@code bind} (an attacker Bind listed it) or {@code sync} (it was in a folder the
 *                          attacker synced)
 * @param exposedAt         the first attacker access, or the time of the first sync that covered it
 * @param folders           the folders the audit log listed it in, or the synced folder that covered it
 * @param inMessageTrace    whether the message trace lists the message
 * @param evidenceRecordIds the audit records behind the exposure
 */
public record NotificationRow(String mailbox, String internetMessageId, String messageKey, Instant received,
                              String sender, List<String> recipients, String subject, Long sizeInBytes,
                              String exposure, Attribution attribution, Instant exposedAt, String folders,
                              boolean inMessageTrace, List<String> evidenceRecordIds) {
    public NotificationRow {
        recipients = List.copyOf(recipients);
        evidenceRecordIds = List.copyOf(evidenceRecordIds);
    }
}
