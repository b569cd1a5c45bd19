package io.osprey.analysis.lookup;

import io.osprey.analysis.AccessContext;
import io.osprey.analysis.ContextAccess;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.analysis.MessageExposure;
import io.osprey.model.MessageIds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The other way round: given InternetMessageIds (with or without angle brackets, any case), who accessed each
 * message, when, from which context, with which attribution.
 */
public final class MessageLookup {
    private MessageLookup() {
    }

    /** The ids of a message-id file: one per line; blank lines and lines starting with # are skipped. */
    public static List<String> readIds(List<String> lines) {
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            String id = line.strip();
            if (id.startsWith("\uFEFF")) {
                id = id.substring(1).strip();
            }
            if (!id.isEmpty() && !id.startsWith("#")) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** One row per requested message and accessing context, in the order the ids were given. */
    public static List<MessageAccessRow> lookup(InvestigationResult result, Collection<String> messageIds) {
        Map<String, String> requested = new LinkedHashMap<>();
        for (String id : messageIds) {
            String key = MessageIds.matchKey(id);
            if (key != null) {
                requested.putIfAbsent(key, id.strip());
            }
        }
        Map<String, List<Found>> index = index(result, requested);
        List<MessageAccessRow> rows = new ArrayList<>();
        requested.forEach((key, requestedId) -> {
            List<Found> found = index.get(key);
            if (found == null) {
                rows.add(MessageAccessRow.notFound(requestedId, key));
                return;
            }
            for (Found hit : found) {
                for (ContextAccess access : hit.message().accesses()) {
                    rows.add(row(requestedId, hit.message(), access, hit.contexts().get(access.contextId())));
                }
            }
        });
        return rows;
    }

    private record Found(MessageExposure message, Map<String, AccessContext> contexts) {
    }

    private static Map<String, List<Found>> index(InvestigationResult result, Map<String, String> requested) {
        Map<String, List<Found>> index = new HashMap<>();
        for (MailboxInvestigation mailbox : result.mailboxes()) {
            Map<String, AccessContext> contexts = null;
            for (MessageExposure message : mailbox.messages()) {
                if (requested.containsKey(message.messageKey())) {
                    contexts = contexts == null ? mailbox.contextsById() : contexts;
                    index.computeIfAbsent(message.messageKey(), key -> new ArrayList<>())
                            .add(new Found(message, contexts));
                }
            }
        }
        return index;
    }

    private static MessageAccessRow row(String requestedId, MessageExposure message, ContextAccess access,
                                        AccessContext context) {
        return new MessageAccessRow(requestedId, message.messageKey(), true, message.mailbox(),
                message.internetMessageId(), message.folderPaths(), access.contextId(), access.attribution(),
                context.userId(), context.clientIp(), context.sessionId(), context.appId(), context.clientAppId(),
                context.clientInfoString(), access.firstAccess(), access.lastAccess(), access.accessCount(),
                access.recordIds());
    }
}
