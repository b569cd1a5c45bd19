package io.osprey.analysis.scan;

import io.osprey.model.MailAccessType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every access to one message (normalized InternetMessageId) of one mailbox, across contexts. Most messages are
 * listed once or twice from one context and folder, so the first folder, record id and context are held in
 * fields and lists are made only for more: the tallies of a million records stay small.
 */
public final class MessageTally {
    private final String messageKey;
    private final String internetMessageId;
    private final IdList recordIds = new IdList();
    private String firstFolder;
    private List<String> moreFolders;
    private ContextAccessTally firstContext;
    private List<ContextAccessTally> moreContexts;
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
        addFolder(folder);
        recordIds.addIfNotLast(recordId);
        if (type == MailAccessType.SYNC) {
            listedBySync = true;
        } else {
            listedByBind = true;
        }
        contextAccess(context).add(time, recordId);
    }

    private void addFolder(String folder) {
        if (folder == null || folder.equals(firstFolder)) {
            return;
        }
        if (firstFolder == null) {
            firstFolder = folder;
        } else if (moreFolders == null) {
            moreFolders = new ArrayList<>(2);
            moreFolders.add(folder);
        } else if (!moreFolders.contains(folder)) {
            moreFolders.add(folder);
        }
    }

    private ContextAccessTally contextAccess(ContextTally context) {
        if (firstContext == null) {
            firstContext = new ContextAccessTally(context);
            return firstContext;
        }
        if (firstContext.context == context) {
            return firstContext;
        }
        if (moreContexts == null) {
            moreContexts = new ArrayList<>(2);
        }
        for (ContextAccessTally access : moreContexts) {
            if (access.context == context) {
                return access;
            }
        }
        ContextAccessTally access = new ContextAccessTally(context);
        moreContexts.add(access);
        return access;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The InternetMessageId as first written. */
    public String internetMessageId() {
        return internetMessageId;
    }

    /** The folders it was listed in, in order of first appearance. */
    public List<String> folders() {
        if (firstFolder == null) {
            return List.of();
        }
        if (moreFolders == null) {
            return List.of(firstFolder);
        }
        List<String> folders = new ArrayList<>(moreFolders.size() + 1);
        folders.add(firstFolder);
        folders.addAll(moreFolders);
        return List.copyOf(folders);
    }

    /** Distinct ids of the records that listed the message, in time order. */
    public List<String> recordIds() {
        return recordIds.toList();
    }

    /** Per context, in order of first access. */
    public List<ContextAccessTally> contexts() {
        if (firstContext == null) {
            return List.of();
        }
        if (moreContexts == null) {
            return List.of(firstContext);
        }
        List<ContextAccessTally> contexts = new ArrayList<>(moreContexts.size() + 1);
        contexts.add(firstContext);
        contexts.addAll(moreContexts);
        return List.copyOf(contexts);
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
        private final IdList recordIds = new IdList();
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
            recordIds.addIfNotLast(recordId);
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
            return recordIds.toList();
        }
    }

    /** Record ids in time order without consecutive repeats; one id needs no list. */
    private static final class IdList {
        private String first;
        private List<String> more;
        private String last;

        void addIfNotLast(String id) {
            if (first == null) {
                first = id;
            } else if (!id.equals(last)) {
                if (more == null) {
                    more = new ArrayList<>(2);
                }
                more.add(id);
            }
            last = id;
        }

        List<String> toList() {
            if (first == null) {
                return List.of();
            }
            if (more == null) {
                return List.of(first);
            }
            List<String> ids = new ArrayList<>(more.size() + 1);
            ids.add(first);
            ids.addAll(more);
            return List.copyOf(ids);
        }
    }
}
