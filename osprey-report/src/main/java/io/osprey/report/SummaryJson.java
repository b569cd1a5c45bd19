package io.osprey.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.osprey.analysis.AccessContext;
import io.osprey.analysis.Attribution;
import io.osprey.analysis.Ioc;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.analysis.ProbableThrottle;
import io.osprey.analysis.Reason;
import io.osprey.analysis.TimeWindow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** summary.json: the verdict per mailbox (worst first) and every context, in the contract's shape. */
final class SummaryJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SummaryJson() {
    }

    static void write(InvestigationResult result, Path file) throws IOException {
        AtomicFile atomic = new AtomicFile(file);
        boolean complete = false;
        try {
            try (OutputStream out = Files.newOutputStream(atomic.temporary());
                 JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
                write(result, json);
            }
            atomic.commit();
            complete = true;
        } finally {
            if (!complete) {
                atomic.discard();
            }
        }
    }

    static void write(InvestigationResult result, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("periodStartUtc", Cells.time(result.periodStart()));
        json.writeStringField("periodEndUtc", Cells.time(result.periodEnd()));
        strings(json, "iocs", result.iocs().stream().map(Ioc::text).toList());
        json.writeBooleanField("heuristics", result.heuristicsRan());
        strings(json, "caveats", result.caveats());
        CoverageGapsJson.write(result, json);
        json.writeArrayFieldStart("mailboxes");
        for (MailboxInvestigation mailbox : result.mailboxes()) {
            mailbox(mailbox, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("contexts");
        for (AccessContext context : result.rankedContexts()) {
            context(context, json);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void mailbox(MailboxInvestigation mailbox, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("mailbox", mailbox.mailbox());
        json.writeStringField("verdict", mailbox.verdict().name());
        json.writeBooleanField("underInvestigation", mailbox.underInvestigation());
        strings(json, "reasons", mailbox.reasons());
        strings(json, "caveats", mailbox.caveats());
        json.writeArrayFieldStart("throttledWindows");
        for (TimeWindow window : mailbox.throttledWindows()) {
            json.writeStartObject();
            json.writeStringField("startUtc", Cells.time(window.start()));
            json.writeStringField("endUtc", Cells.time(window.end()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("probableThrottling");
        for (ProbableThrottle probable : mailbox.probableThrottling()) {
            json.writeStartObject();
            json.writeStringField("startUtc", Cells.time(probable.assumedUnaudited().start()));
            json.writeStringField("endUtc", Cells.time(probable.assumedUnaudited().end()));
            json.writeNumberField("recordsInPrevious24h", probable.recordsInPrevious24h());
            json.writeStringField("nextBindRecordUtc", Cells.time(probable.nextBindRecord()));
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "attackerSyncedFolders", mailbox.attackerSyncedFolders());
        json.writeBooleanField("mailboxSynced", mailbox.mailboxSynced());
        json.writeNumberField("attackerAccessedMessages", mailbox.attackerAccessedMessages());
        json.writeNumberField("suspiciousAccessedMessages", mailbox.suspiciousAccessedMessages());
        json.writeNumberField("accessedMessages", mailbox.messages().size());
        json.writeNumberField("records", mailbox.records().size());
        json.writeNumberField("degradedRecords", mailbox.degradedRecords());
        json.writeStringField("firstRecordUtc", Cells.time(mailbox.firstRecord()));
        json.writeStringField("lastRecordUtc", Cells.time(mailbox.lastRecord()));
        json.writeObjectFieldStart("contextCounts");
        for (Attribution attribution : Attribution.values()) {
            json.writeNumberField(attribution.label(),
                    mailbox.contexts().stream().filter(context -> context.attribution() == attribution).count());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void context(AccessContext context, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("contextId", context.contextId());
        json.writeStringField("mailbox", context.mailbox());
        json.writeStringField("userId", context.userId());
        json.writeStringField("clientIp", context.clientIp());
        json.writeStringField("network", context.network());
        json.writeStringField("sessionId", context.sessionId());
        json.writeStringField("appId", context.appId());
        json.writeStringField("clientAppId", context.clientAppId());
        json.writeStringField("clientInfoString", context.clientInfoString());
        json.writeStringField("logonType", context.logonType());
        json.writeStringField("firstSeenUtc", Cells.time(context.firstSeen()));
        json.writeStringField("lastSeenUtc", Cells.time(context.lastSeen()));
        json.writeNumberField("recordCount", context.recordCount());
        json.writeNumberField("bindRecords", context.bindRecords());
        json.writeNumberField("syncRecords", context.syncRecords());
        json.writeNumberField("itemsAccessed", context.itemsAccessed());
        strings(json, "syncedFolders", context.syncedFolders());
        json.writeStringField("attribution", context.attribution().label());
        json.writeNumberField("score", context.score());
        strings(json, "reasons", context.reasons().stream().map(Reason::text).toList());
        strings(json, "reasonCodes", context.reasons().stream().map(Reason::code).toList());
        var info = context.networkInfo();
        if (info.asn() != null || info.countryCode() != null || info.hostingProvider() || info.anonymizer()) {
            json.writeObjectFieldStart("geoIp");
            if (info.asn() != null) {
                json.writeNumberField("asn", info.asn());
            }
            json.writeStringField("asOrganization", info.asOrganization());
            json.writeStringField("country", info.countryCode());
            json.writeBooleanField("hostingProvider", info.hostingProvider());
            strings(json, "anonymizer", info.anonymizerKinds());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
