package io.osprey.formats.csv;

import io.osprey.model.ReadResult;

import java.util.List;
import java.util.Set;

/**
 * The row mapper of layouts that carry the AuditData JSON in one column (Purview, Search-UnifiedAuditLog, Graph):
 * the cell is the record's AuditData verbatim, every other column its envelope.
 */
final class AuditDataColumn implements RowMapper {
    private final int auditDataIndex;
    private final EnvelopeColumns envelope;

    private AuditDataColumn(int auditDataIndex, EnvelopeColumns envelope) {
        this.auditDataIndex = auditDataIndex;
        this.envelope = envelope;
    }

    /** Binds to the header's {@code column}; wrapper columns named in {@code canonicalNames} keep that spelling. */
    static RowMapper bind(CsvHeader header, String column, List<String> canonicalNames) {
        int index = header.indexOf(column);
        if (index < 0) {
            return RowMapper.missingColumn(column);
        }
        return new AuditDataColumn(index, EnvelopeColumns.allExcept(header, Set.of(index), canonicalNames));
    }

    @Override
    public ReadResult map(CsvRow row) {
        String auditData = row.raw(auditDataIndex);
        String problem = problem(auditData);
        if (problem != null) {
            return row.reject(problem);
        }
        return row.record(auditData, envelope.of(row), false);
    }

    /**
     * Why the text cannot be AuditData, or null when it may be: a cheap look at its first character only. Text
     * that starts like an object but is not valid JSON is left for the normalizer to reject with its own reason.
     */
    static String problem(String auditData) {
        for (int i = 0; i < auditData.length(); i++) {
            char c = auditData.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' ? null : "AuditData is not a JSON object";
            }
        }
        return "empty AuditData";
    }
}
