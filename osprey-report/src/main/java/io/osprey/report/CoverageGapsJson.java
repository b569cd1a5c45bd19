package io.osprey.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.verdict.CollectionGaps;
import io.osprey.model.CoverageGap;

import java.io.IOException;

/**
 * summary.json's {@code coverageGaps}: what {@code osprey collect} could not acquire in the period, each as
 * {@code {"source","startUtc","endUtc","unit","reason","hidesMailAccess","inPeriod"}} (times null for untimed
 * units).
 */
final class CoverageGapsJson {
    private CoverageGapsJson() {
    }

    static void write(InvestigationResult result, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("coverageGaps");
        for (CoverageGap gap : result.coverageGaps()) {
            json.writeStartObject();
            json.writeStringField("source", gap.source());
            json.writeStringField("startUtc", Cells.time(gap.start()));
            json.writeStringField("endUtc", Cells.time(gap.end()));
            json.writeStringField("unit", gap.unit());
            json.writeStringField("reason", gap.reason());
            json.writeBooleanField("hidesMailAccess", gap.hidesMailAccess());
            json.writeBooleanField("inPeriod", CollectionGaps.inPeriod(result, gap));
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
