package io.osprey.report.messagetrace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The messages of a message trace, by normalized InternetMessageId and by the addresses that sent or received
 * them. Rows of one message are folded together (earliest time, union of recipients); a row without a message
 * id is a message of its own (by its trace id when it has one).
 */
public final class TracedMessages {
    private static final Comparator<TracedMessage> BY_TIME = Comparator.comparing(TracedMessage::received)
            .thenComparing(message -> message.messageKey() == null ? "" : message.messageKey());
    public static final TracedMessages EMPTY = of(List.of());

    private final Map<String, TracedMessage> byKey;
    private final Map<String, List<TracedMessage>> byRecipient = new HashMap<>();
    private final Map<String, List<TracedMessage>> bySender = new HashMap<>();
    private final int size;

    private TracedMessages(Collection<TracedMessage> messages) {
        Map<String, TracedMessage> keyed = new HashMap<>();
        for (TracedMessage message : messages) {
            if (message.messageKey() != null) {
                keyed.put(message.messageKey(), message);
            }
            for (String recipient : message.recipients()) {
                byRecipient.computeIfAbsent(recipient, address -> new ArrayList<>()).add(message);
            }
            if (message.sender() != null) {
                bySender.computeIfAbsent(message.sender(), address -> new ArrayList<>()).add(message);
            }
        }
        byRecipient.values().forEach(list -> list.sort(BY_TIME));
        bySender.values().forEach(list -> list.sort(BY_TIME));
        this.byKey = keyed;
        this.size = messages.size();
    }

    public static TracedMessages of(Collection<MessageTraceRow> rows) {
        Map<String, Fold> folds = new LinkedHashMap<>();
        int unkeyed = 0;
        for (MessageTraceRow row : rows) {
            String key = row.messageKey() != null ? "m:" + row.messageKey()
                    : row.traceId() != null ? "t:" + row.traceId() : "u:" + unkeyed++;
            folds.computeIfAbsent(key, any -> new Fold()).add(row);
        }
        List<TracedMessage> messages = new ArrayList<>(folds.size());
        folds.values().forEach(fold -> messages.add(fold.message()));
        return new TracedMessages(messages);
    }

    public Optional<TracedMessage> byKey(String messageKey) {
        return Optional.ofNullable(messageKey == null ? null : byKey.get(messageKey));
    }

    /** Messages whose recipients include the address (lower-case), oldest first. */
    public List<TracedMessage> receivedBy(String address) {
        return byRecipient.getOrDefault(address, List.of());
    }

    /** Messages the address (lower-case) sent, oldest first. */
    public List<TracedMessage> sentBy(String address) {
        return bySender.getOrDefault(address, List.of());
    }

    public int size() {
        return size;
    }

    /** The rows of one message, folded. */
    private static final class Fold {
        private String messageKey;
        private String internetMessageId;
        private Instant received;
        private String sender;
        private final Set<String> recipients = new LinkedHashSet<>();
        private String subject;
        private Long size;
        private final Set<String> statuses = new LinkedHashSet<>();

        void add(MessageTraceRow row) {
            if (messageKey == null) {
                messageKey = row.messageKey();
                internetMessageId = row.internetMessageId();
            }
            if (received == null || row.received().isBefore(received)) {
                received = row.received();
            }
            sender = sender == null ? row.senderAddress() : sender;
            subject = subject == null ? row.subject() : subject;
            if (row.sizeInBytes() != null && (size == null || row.sizeInBytes() > size)) {
                size = row.sizeInBytes();
            }
            recipients.addAll(row.recipientAddresses());
            if (row.status() != null) {
                statuses.add(row.status());
            }
        }

        TracedMessage message() {
            return new TracedMessage(messageKey, internetMessageId, received, sender, new ArrayList<>(recipients),
                    subject, size, new ArrayList<>(statuses));
        }
    }
}
