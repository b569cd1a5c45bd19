package io.osprey.report.timeline;

import io.osprey.analysis.InvestigationResult;
import io.osprey.model.AuditEvent;
import io.osprey.report.CsvTable;
import io.osprey.rules.Finding;
import io.osprey.rules.HuntResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the timeline exports in one pass over the case's events (streamed; memory does not grow with them):
 * <ul>
 *   <li>{@code timesketch.csv} and {@code timesketch.jsonl}: Timesketch's import formats ({@code message},
 *       {@code datetime}, {@code timestamp_desc} and the fields of {@link TimelineColumns}), each
 *       MailItemsAccessed event with its investigation context and attribution, then the hunt findings;</li>
 *   <li>{@code sof-elk.jsonl}: the normalized records' AuditData, one compact JSON object per line, the input
 *       SOF-ELK's Microsoft 365 parser reads.</li>
 * </ul>
 * CSV cells are spreadsheet-safe; the JSON lines carry values verbatim. Each file appears complete or not at all.
 */
public final class TimelineWriter {
    public static final String TIMESKETCH_CSV = "timesketch.csv";
    public static final String TIMESKETCH_JSONL = "timesketch.jsonl";
    public static final String SOF_ELK_JSONL = "sof-elk.jsonl";
    public static final List<String> FILES = List.of(TIMESKETCH_CSV, TIMESKETCH_JSONL, SOF_ELK_JSONL);

    private TimelineWriter() {
    }

    /**
     * @param investigation the investigation whose contexts annotate MailItemsAccessed events, or null
     * @param hunt          the hunt whose findings join the timeline, or null
     */
    public static TimelineCounts write(Iterable<AuditEvent> events, InvestigationResult investigation, HuntResult hunt,
                                       Path timelineDir) throws IOException {
        AttributionLookup lookup = investigation == null ? AttributionLookup.NONE : new AttributionLookup(investigation);
        long eventCount = 0;
        long sofElk = 0;
        long unreadable = 0;
        try (CsvTable csv = new CsvTable(timelineDir.resolve(TIMESKETCH_CSV), TimelineColumns.NAMES);
             JsonLines timesketch = new JsonLines(timelineDir.resolve(TIMESKETCH_JSONL));
             JsonLines sofElkLines = new JsonLines(timelineDir.resolve(SOF_ELK_JSONL))) {
            for (AuditEvent event : events) {
                Object[] row = TimelineColumns.of(event, lookup.contextOf(event));
                csv.row(row);
                timesketch.object(TimelineColumns.NAMES, row);
                eventCount++;
                if (sofElkLines.copy(event.rawJson())) {
                    sofElk++;
                } else {
                    unreadable++;
                }
            }
            List<Finding> findings = hunt == null ? List.of() : hunt.findings();
            for (Finding finding : findings) {
                Object[] row = TimelineColumns.of(finding);
                csv.row(row);
                timesketch.object(TimelineColumns.NAMES, row);
            }
            csv.complete();
            timesketch.complete();
            sofElkLines.complete();
            return new TimelineCounts(eventCount, findings.size(), sofElk, unreadable);
        }
    }
}
