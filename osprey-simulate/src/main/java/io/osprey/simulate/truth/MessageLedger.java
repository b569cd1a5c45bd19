package io.osprey.simulate.truth;

import io.osprey.model.MessageIds;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.Times;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The (mailbox, InternetMessageId) pairs the attacker accessed, in order of first access. */
final class MessageLedger {
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    private final TreeMap<String, Integer> countsByMailbox = new TreeMap<>();

    private static final class Entry {
        final String mailbox;
        final String internetMessageId;
        final String folderPath;
        final long first;
        long last;
        final LinkedHashSet<String> contexts = new LinkedHashSet<>();
        final List<String> recordIds = new ArrayList<>();

        Entry(String mailbox, String internetMessageId, String folderPath, long first) {
            this.mailbox = mailbox;
            this.internetMessageId = internetMessageId;
            this.folderPath = folderPath;
            this.first = first;
            this.last = first;
        }
    }

    void add(String mailbox, String internetMessageId, String folderPath, AuditRecord record, String label) {
        String key = mailbox + '\u0001' + MessageIds.matchKey(internetMessageId);
        Entry entry = entries.get(key);
        if (entry == null) {
            entry = new Entry(mailbox, internetMessageId, folderPath, record.creationTime());
            entries.put(key, entry);
            countsByMailbox.merge(mailbox, 1, Integer::sum);
        }
        entry.last = Math.max(entry.last, record.creationTime());
        entry.contexts.add(label);
        entry.recordIds.add(record.id());
    }

    int count(String mailbox) {
        return countsByMailbox.getOrDefault(mailbox, 0);
    }

    Map<String, Integer> countsByMailbox() {
        return countsByMailbox;
    }

    List<GroundTruth.AccessedMessage> toTruth() {
        List<GroundTruth.AccessedMessage> list = new ArrayList<>(entries.size());
        for (Entry entry : entries.values()) {
            list.add(new GroundTruth.AccessedMessage(entry.mailbox, entry.internetMessageId, entry.folderPath,
                    Times.isoUtc(entry.first), Times.isoUtc(entry.last), List.copyOf(entry.contexts),
                    List.copyOf(entry.recordIds)));
        }
        return list;
    }
}
