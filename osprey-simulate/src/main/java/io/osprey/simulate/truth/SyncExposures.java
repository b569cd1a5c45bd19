package io.osprey.simulate.truth;

import io.osprey.model.MessageIds;
import io.osprey.simulate.record.Times;
import io.osprey.simulate.trace.TracedMail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages attacker syncs exposed as the simulated message trace shows them: for each attacker Sync (in
 * time order), the traced mail of its scope received (or sent) up to the sync and not listed for an earlier
 * sync of the mailbox.
 */
final class SyncExposures {
    /** An attacker Sync record. */
    record AttackerSync(String mailbox, TraceScope scope, long time, String recordId) {
    }

    private SyncExposures() {
    }

    static List<GroundTruth.SyncExposedMessage> of(List<AttackerSync> syncs, Map<String, List<TracedMail>> trace) {
        Map<String, GroundTruth.SyncExposedMessage> exposed = new LinkedHashMap<>();
        for (AttackerSync sync : syncs) {
            if (sync.scope() == TraceScope.NONE) {
                continue;
            }
            for (TracedMail mail : trace.getOrDefault(sync.mailbox(), List.of())) {
                if (mail.received() > sync.time()) {
                    break;
                }
                if (mail.sentByMailbox() == (sync.scope() == TraceScope.SENT)) {
                    exposed.putIfAbsent(sync.mailbox() + '\u0001' + MessageIds.matchKey(mail.internetMessageId()),
                            new GroundTruth.SyncExposedMessage(sync.mailbox(), mail.internetMessageId(),
                                    Times.isoUtc(mail.received()), Times.isoUtc(sync.time()), sync.recordId()));
                }
            }
        }
        return new ArrayList<>(exposed.values());
    }
}
