package io.osprey.store;

import io.osprey.model.AuditEvent;
import io.osprey.model.SourceLocation;
import io.osprey.model.SourceRecord;
import io.osprey.normalize.NormalizationException;
import io.osprey.normalize.Normalizer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the case's stored events back as normalized records, in time order. The stored raw AuditData is the
 * truth, so each event is normalized again from it: analyses see exactly what ingest saw.
 */
public final class CaseEvents {
    private static final String QUERY = "SELECT raw_json, format, source_file, source_line, source_offset, degraded "
            + "FROM events ORDER BY creation_time, event_key";

    private final CaseStore store;
    private final Normalizer normalizer = new Normalizer();

    public CaseEvents(CaseStore store) {
        this.store = store;
    }

    /** Streams every stored event to the consumer, oldest first. */
    public void forEach(Consumer<AuditEvent> consumer) throws CaseException {
        try (PreparedStatement statement = store.connection().prepareStatement(QUERY);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                SourceLocation location = new SourceLocation(rows.getString(3), rows.getLong(4), rows.getLong(5));
                SourceRecord record = new SourceRecord(location, rows.getString(2), rows.getString(1), Map.of(),
                        rows.getBoolean(6));
                consumer.accept(normalizer.normalize(record));
            }
        } catch (SQLException e) {
            throw new CaseException("cannot read the case's events: " + CaseStore.firstLine(e));
        } catch (NormalizationException e) {
            throw new CaseException("a stored event no longer normalizes: " + e.getMessage());
        }
    }
}
