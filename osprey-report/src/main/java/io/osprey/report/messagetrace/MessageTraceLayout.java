package io.osprey.report.messagetrace;

import java.util.List;

/**
 * The message trace exports Osprey reads, told apart by their header. Column names are matched without regard
 * to case, surrounding spaces or quotes; the columns may come in any order and others may sit between them.
 */
public enum MessageTraceLayout {
    /**
     * {@code Get-MessageTrace} / {@code Get-MessageTraceV2 | Export-Csv} (and the Graph exchangeMessageTrace
     * fields): Received, SenderAddress, RecipientAddress, Subject, Status, ToIP, FromIP, Size, MessageId,
     * MessageTraceId, Organization. One row per recipient; Received in the exporter's culture or ISO-8601.
     */
    POWERSHELL("powershell", List.of("received", "receiveddatetime"), List.of("senderaddress"),
            List.of("recipientaddress"), List.of("subject"), List.of("status"), List.of("size"),
            List.of("messageid"), List.of("messagetraceid", "id"), List.of("fromip"), List.of("toip"), List.of()),
    /**
     * The Exchange admin center's historical summary / enhanced summary report: origin_timestamp_utc,
     * sender_address, recipient_status ({@code address##Status;address##Status}), message_subject, total_bytes,
     * message_id, network_message_id, original_client_ip, directionality. One row per message.
     */
    ADMIN_CENTER_SUMMARY("admin-center-summary", List.of("origin_timestamp_utc"), List.of("sender_address"),
            List.of("recipient_status"), List.of("message_subject"), List.of(), List.of("total_bytes"),
            List.of("message_id"), List.of("network_message_id"), List.of("original_client_ip"), List.of(),
            List.of("directionality")),
    /**
     * The Exchange admin center's extended report: date_time_utc, recipient_address, recipient_status, event_id,
     * message_id, network_message_id, sender_address, message_subject, total_bytes, directionality, ... One row
     * per routing event.
     */
    ADMIN_CENTER_EXTENDED("admin-center-extended", List.of("date_time_utc"), List.of("sender_address"),
            List.of("recipient_address"), List.of("message_subject"), List.of("event_id"), List.of("total_bytes"),
            List.of("message_id"), List.of("network_message_id"), List.of("original_client_ip", "client_ip"),
            List.of("server_ip"), List.of("directionality"));

    private final String label;
    private final List<String> received;
    private final List<String> sender;
    private final List<String> recipients;
    private final List<String> subject;
    private final List<String> status;
    private final List<String> size;
    private final List<String> messageId;
    private final List<String> traceId;
    private final List<String> fromIp;
    private final List<String> toIp;
    private final List<String> direction;

    MessageTraceLayout(String label, List<String> received, List<String> sender, List<String> recipients,
                       List<String> subject, List<String> status, List<String> size, List<String> messageId,
                       List<String> traceId, List<String> fromIp, List<String> toIp, List<String> direction) {
        this.label = label;
        this.received = received;
        this.sender = sender;
        this.recipients = recipients;
        this.subject = subject;
        this.status = status;
        this.size = size;
        this.messageId = messageId;
        this.traceId = traceId;
        this.fromIp = fromIp;
        this.toIp = toIp;
        this.direction = direction;
    }

    /** The short name used in outputs: powershell, admin-center-summary, admin-center-extended. */
    public String label() {
        return label;
    }

    /** The layout whose required columns (time, sender, recipients, message id) the header has, or null. */
    static MessageTraceLayout detect(TraceHeader header) {
        for (MessageTraceLayout layout : values()) {
            if (header.find(layout.received) >= 0 && header.find(layout.sender) >= 0
                    && header.find(layout.recipients) >= 0 && header.find(layout.messageId) >= 0) {
                return layout;
            }
        }
        return null;
    }

    /** The column positions of this layout in the header; -1 for a column the file lacks. */
    TraceColumns bind(TraceHeader header) {
        return new TraceColumns(header.find(received), header.find(sender), header.find(recipients),
                header.find(subject), header.find(status), header.find(size), header.find(messageId),
                header.find(traceId), header.find(fromIp), header.find(toIp), header.find(direction));
    }
}
