package io.osprey.rules.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.osprey.rules.CheckSummary;
import io.osprey.rules.Finding;
import io.osprey.rules.HuntResult;
import io.osprey.rules.Level;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes {@code findings.json}:
 * <pre>
 * {"eventsScanned":N,"findingCount":N,"countsByLevel":{"critical":N,...},
 *  "checks":[{"id","title","level","kind","location","findings"}],
 *  "findings":[{"ruleId","title","level","time","user","mailbox","fields":{...},"evidenceRecordIds":[...]}]}
 * </pre>
 * Times are UTC ISO-8601 with a Z; absent user or mailbox is null.
 */
final class FindingsJson {
    private static final JsonFactory JSON = new JsonFactory();

    private FindingsJson() {
    }

    static void write(HuntResult result, Path file) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("eventsScanned", result.eventsScanned());
            json.writeNumberField("findingCount", result.findings().size());
            writeLevelCounts(result, json);
            json.writeArrayFieldStart("checks");
            for (CheckSummary check : result.checks()) {
                writeCheck(check, json);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                writeFinding(finding, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeLevelCounts(HuntResult result, JsonGenerator json) throws IOException {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        result.findings().forEach(finding -> counts.merge(finding.level(), 1, Integer::sum));
        json.writeObjectFieldStart("countsByLevel");
        for (int index = Level.values().length - 1; index >= 0; index--) {
            Level level = Level.values()[index];
            json.writeNumberField(level.text(), counts.getOrDefault(level, 0));
        }
        json.writeEndObject();
    }

    private static void writeCheck(CheckSummary check, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", check.id());
        json.writeStringField("title", check.title());
        json.writeStringField("level", check.level().text());
        json.writeStringField("kind", check.kind());
        json.writeStringField("location", check.location());
        json.writeNumberField("findings", check.findings());
        json.writeEndObject();
    }

    private static void writeFinding(Finding finding, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("title", finding.title());
        json.writeStringField("level", finding.level().text());
        json.writeStringField("time", finding.time() == null ? null : finding.time().toString());
        json.writeStringField("user", finding.user());
        json.writeStringField("mailbox", finding.mailbox());
        json.writeObjectFieldStart("fields");
        for (Map.Entry<String, String> field : finding.fields().entrySet()) {
            json.writeStringField(field.getKey(), field.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("evidenceRecordIds");
        for (String id : finding.evidenceRecordIds()) {
            json.writeString(id);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
