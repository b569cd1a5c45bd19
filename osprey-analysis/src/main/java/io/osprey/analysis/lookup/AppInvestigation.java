package io.osprey.analysis.lookup;

import io.osprey.analysis.AccessContext;
import io.osprey.analysis.AccessRecord;
import io.osprey.analysis.Attribution;
import io.osprey.analysis.ContextAccess;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.analysis.MessageExposure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything one application touched: every mailbox where a context's AppId or ClientAppId is the app, and
 * every message those contexts listed — Sparrow's per-app MailItemsAccessed export, parsed and attributed.
 */
public final class AppInvestigation {
    private AppInvestigation() {
    }

    /** One mailbox the app reached. */
    public record AppMailbox(String mailbox, List<String> contextIds, Attribution attribution, Instant firstSeen,
                             Instant lastSeen, int records, int bindRecords, int syncRecords,
                             List<String> syncedFolders, int messages) {
    }

    /** One message the app's contexts listed, with only the app's own accesses and evidence. */
    public record AppMessage(String mailbox, String internetMessageId, List<String> folderPaths,
                             Instant firstAccess, Instant lastAccess, int accessCount, List<String> contextIds,
                             Attribution attribution, List<String> recordIds) {
    }

    /** @param appName the first-party display name when known, else null */
    public record Result(String appId, String appName, List<AppMailbox> mailboxes, List<AppMessage> messages,
                         List<AccessRecord> syncRecords) {
    }

    public static Result of(InvestigationResult result, String appId, Function<String, String> appNames) {
        String app = appId.trim().toLowerCase(Locale.ROOT);
        List<AppMailbox> mailboxes = new ArrayList<>();
        List<AppMessage> messages = new ArrayList<>();
        List<AccessRecord> syncs = new ArrayList<>();
        for (MailboxInvestigation mailbox : result.mailboxes()) {
            Map<String, AccessContext> contexts = mailbox.contexts().stream()
                    .filter(context -> app.equals(context.appId()) || app.equals(context.clientAppId()))
                    .collect(Collectors.toMap(AccessContext::contextId, Function.identity()));
            if (contexts.isEmpty()) {
                continue;
            }
            int before = messages.size();
            for (MessageExposure message : mailbox.messages()) {
                addMessage(message, contexts, messages);
            }
            mailbox.records().stream().filter(record -> contexts.containsKey(record.contextId())
                    && record.accessType() == io.osprey.model.MailAccessType.SYNC).forEach(syncs::add);
            mailboxes.add(mailbox(mailbox.mailbox(), contexts.values(), messages.size() - before));
        }
        return new Result(app, appNames.apply(app), mailboxes, messages, syncs);
    }

    private static void addMessage(MessageExposure message, Map<String, AccessContext> contexts,
                                   List<AppMessage> messages) {
        List<ContextAccess> own = message.accesses().stream()
                .filter(access -> contexts.containsKey(access.contextId())).toList();
        if (own.isEmpty()) {
            return;
        }
        Instant first = own.stream().map(ContextAccess::firstAccess).min(Instant::compareTo).orElseThrow();
        Instant last = own.stream().map(ContextAccess::lastAccess).max(Instant::compareTo).orElseThrow();
        Attribution worst = null;
        Set<String> records = new LinkedHashSet<>();
        for (ContextAccess access : own) {
            worst = Attribution.worst(worst, access.attribution());
            records.addAll(access.recordIds());
        }
        messages.add(new AppMessage(message.mailbox(), message.internetMessageId(), message.folderPaths(), first, last,
                own.stream().mapToInt(ContextAccess::accessCount).sum(),
                own.stream().map(ContextAccess::contextId).toList(), worst, List.copyOf(records)));
    }

    private static AppMailbox mailbox(String mailbox, java.util.Collection<AccessContext> contexts, int messages) {
        List<AccessContext> sorted = contexts.stream()
                .sorted(java.util.Comparator.comparing(AccessContext::firstSeen)).toList();
        Attribution worst = null;
        Set<String> synced = new LinkedHashSet<>();
        for (AccessContext context : sorted) {
            worst = Attribution.worst(worst, context.attribution());
            synced.addAll(context.syncedFolders());
        }
        return new AppMailbox(mailbox, sorted.stream().map(AccessContext::contextId).toList(), worst,
                sorted.get(0).firstSeen(), sorted.stream().map(AccessContext::lastSeen).max(Instant::compareTo).orElseThrow(),
                sorted.stream().mapToInt(AccessContext::recordCount).sum(),
                sorted.stream().mapToInt(AccessContext::bindRecords).sum(),
                sorted.stream().mapToInt(AccessContext::syncRecords).sum(), List.copyOf(synced), messages);
    }
}
