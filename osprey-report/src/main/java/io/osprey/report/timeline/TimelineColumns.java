package io.osprey.report.timeline;

import io.osprey.analysis.AccessContext;
import io.osprey.model.AccessedItem;
import io.osprey.model.AuditEvent;
import io.osprey.rules.Finding;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of the Timesketch exports, the same in the CSV and the JSON lines: Timesketch's required
 * {@code message}, {@code datetime} (ISO-8601 UTC) and {@code timestamp_desc}, the {@code timestamp} in
 * microseconds, then the record's fields. Audit events and hunt findings share the columns; a value a row does
 * not have is null (an empty CSV cell, an absent JSON field).
 */
final class TimelineColumns {
    static final List<String> NAMES = List.of("message", "datetime", "timestamp", "timestamp_desc", "data_type",
            "record_id", "operation", "workload", "record_type", "user_id", "user_type", "mailbox", "client_ip",
            "client_ip_raw", "session_id", "app_id", "client_app_id", "client_info_string", "logon_type",
            "result_status", "object_id", "mail_access_type", "is_throttled", "operation_count", "item_count",
            "folders", "internet_message_ids", "osprey_context_id", "osprey_attribution", "finding_rule_id",
            "finding_level", "finding_title", "evidence_record_ids", "source_file", "source_line", "source_format",
            "degraded");
    static final String EVENT_DESCRIPTION = "UAL CreationTime";
    static final String FINDING_DESCRIPTION = "Finding (evidence CreationTime)";
    static final int MAX_MESSAGE_IDS = 50;

    private TimelineColumns() {
    }

    static Object[] of(AuditEvent event, AccessContext context) {
        var access = event.mailAccess();
        return new Object[]{TimelineMessages.of(event, context), datetime(event.creationTime()),
                micros(event.creationTime()), EVENT_DESCRIPTION, "m365:ual:record", event.recordId(),
                event.operation(), event.workload(), event.recordTypeName() != null ? event.recordTypeName()
                : event.recordType(), event.userId(), event.userType(), event.mailboxOwnerUpn(),
                event.clientAddress().normalized(), event.clientAddress().raw(), event.sessionId(), event.appId(),
                event.clientAppId(), event.clientInfoString(), event.logonType(), event.resultStatus(),
                event.objectId(), access == null ? null : access.accessType().name(),
                access == null ? null : access.throttled(), access == null ? null : access.operationCount(),
                access == null ? null : access.items().size(), access == null ? null : folders(access.items()),
                access == null ? null : messageIds(access.items()),
                context == null ? null : context.contextId(),
                context == null ? null : context.attribution().label(), null, null, null, null,
                event.location() == null ? null : event.location().file(),
                event.location() == null || event.location().line() < 0 ? null : event.location().line(),
                event.format(), event.degraded()};
    }

    static Object[] of(Finding finding) {
        Object[] row = new Object[NAMES.size()];
        set(row, "message", TimelineMessages.of(finding));
        set(row, "datetime", datetime(finding.time()));
        set(row, "timestamp", micros(finding.time()));
        set(row, "timestamp_desc", FINDING_DESCRIPTION);
        set(row, "data_type", "osprey:finding");
        set(row, "user_id", finding.user());
        set(row, "mailbox", finding.mailbox());
        set(row, "finding_rule_id", finding.ruleId());
        set(row, "finding_level", finding.level().text());
        set(row, "finding_title", finding.title());
        set(row, "evidence_record_ids", String.join(";", finding.evidenceRecordIds()));
        return row;
    }

    private static void set(Object[] row, String column, Object value) {
        int index = NAMES.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no timeline column " + column);
        }
        row[index] = value;
    }

    static String datetime(Instant time) {
        return time == null ? null : time.toString();
    }

    static Long micros(Instant time) {
        return time == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, time);
    }

    private static String folders(List<AccessedItem> items) {
        Set<String> folders = new LinkedHashSet<>();
        for (AccessedItem item : items) {
            if (item.folderPath() != null && !item.folderPath().isBlank()) {
                folders.add(item.folderPath());
            }
        }
        return String.join("; ", folders);
    }

    private static String messageIds(List<AccessedItem> items) {
        StringBuilder ids = new StringBuilder();
        int listed = 0;
        int total = 0;
        for (AccessedItem item : items) {
            if (item.internetMessageId() == null) {
                continue;
            }
            total++;
            if (listed < MAX_MESSAGE_IDS) {
                ids.append(listed++ == 0 ? "" : ";").append(item.internetMessageId());
            }
        }
        if (total > listed) {
            ids.append(";… (").append(total - listed).append(" more)");
        }
        return ids.toString();
    }
}
