package io.osprey.analysis.scan;

import io.osprey.model.MailAccessType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every access to one message (normalized InternetMessageId) of one mailbox, across contexts. */
public final class MessageTally {
    private final String messageKey;
    private final String internetMessageId;
    final List<String> folders = new ArrayList<>(1);
    final List<String> recordIds = new ArrayList<>(2);
    final List<ContextAccessTally> contexts = new ArrayList<>(1);
    Instant firstAccess;
    Instant lastAccess;
    int accessCount;
    Long sizeInBytes;
    boolean listedByBind;
    boolean listedBySync;

    MessageTally(String messageKey, String internetMessageId) {
        this.messageKey = messageKey;
        this.internetMessageId = internetMessageId;
    }

    void add(ContextTally context, Instant time, String recordId, String folder, MailAccessType type, Long size) {
        if (firstAccess == null) {
            firstAccess = time;
        }
        lastAccess = time;
        accessCount++;
        if (size != null && sizeInBytes == null) {
            sizeInBytes = size;
        }
        if (folder != null && !folders.contains(folder)) {
            folders.add(folder);
        }
        if (recordIds.isEmpty() || !recordIds.get(recordIds.size() - 1).equals(recordId)) {
            recordIds.add(recordId);
        }
        if (type == MailAccessType.SYNC) {
            listedBySync = true;
        } else {
            listedByBind = true;
        }
        contextAccess(context).add(time, recordId);
    }

    private ContextAccessTally contextAccess(ContextTally context) {
        for (ContextAccessTally access : contexts) {
            if (access.context == context) {
                return access;
            }
        }
        ContextAccessTally access = new ContextAccessTally(context);
        contexts.add(access);
        return access;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The InternetMessageId as first written. */
    public String internetMessageId() {
        return internetMessageId;
    }

    public List<String> folders() {
        return folders;
    }

    /** Distinct ids of the records that listed the message, in time order. */
    public List<String> recordIds() {
        return recordIds;
    }

    public List<ContextAccessTally> contexts() {
        return contexts;
    }

    public Instant firstAccess() {
        return firstAccess;
    }

    public Instant lastAccess() {
        return lastAccess;
    }

    /** Occurrences across records: a lower bound of the real number of accesses. */
    public int accessCount() {
        return accessCount;
    }

    public Long sizeInBytes() {
        return sizeInBytes;
    }

    public boolean listedByBind() {
        return listedByBind;
    }

    public boolean listedBySync() {
        return listedBySync;
    }

    /** The accesses to one message from one context. */
    public static final class ContextAccessTally {
        private final ContextTally context;
        private final List<String> recordIds = new ArrayList<>(1);
        private Instant first;
        private Instant last;
        private int count;

        ContextAccessTally(ContextTally context) {
            this.context = context;
        }

        void add(Instant time, String recordId) {
            if (first == null) {
                first = time;
            }
            last = time;
            count++;
            if (recordIds.isEmpty() || !recordIds.get(recordIds.size() - 1).equals(recordId)) {
                recordIds.add(recordId);
            }
        }

        public ContextTally context() {
            return context;
        }

        public Instant first() {
            return first;
        }

        public Instant last() {
            return last;
        }

        public int count() {
            return count;
        }

        public List<String> recordIds() {
            return recordIds;
        }
    }
}
