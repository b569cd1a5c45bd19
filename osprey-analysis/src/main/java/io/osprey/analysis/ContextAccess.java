package io.osprey.analysis;

import java.time.Instant;
import java.util.List;

/** The accesses to one message from one context: when, how often (a lower bound), and by which records. */
public record ContextAccess(String contextId, Attribution attribution, Instant firstAccess, Instant lastAccess,
                            int accessCount, List<String> recordIds) {
    public ContextAccess {
        recordIds = List.copyOf(recordIds);
    }
}
