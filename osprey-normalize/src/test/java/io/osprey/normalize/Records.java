package io.osprey.normalize;

import io.osprey.model.SourceLocation;
import io.osprey.model.SourceRecord;

import java.util.Map;

/** Builds source records for unit tests; JSON may be written with single quotes for readability. */
final class Records {
    static final SourceLocation LOCATION = new SourceLocation("unit.json", 7, 120);

    private Records() {
    }

    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static SourceRecord auditData(String singleQuotedJson) {
        return new SourceRecord(LOCATION, "unit", json(singleQuotedJson), Map.of(), false);
    }

    static SourceRecord withEnvelope(String singleQuotedJson, Map<String, String> envelope) {
        return new SourceRecord(LOCATION, "unit", json(singleQuotedJson), envelope, false);
    }

    /** A minimal valid record with the given extra fields (a JSON object body without braces). */
    static SourceRecord minimal(String extraFields) {
        String separator = extraFields.isEmpty() ? "" : ",";
        return auditData("{'Id':'id-1','CreationTime':'2024-01-02T03:04:05','Operation':'Op'" + separator
                + extraFields + "}");
    }
}
