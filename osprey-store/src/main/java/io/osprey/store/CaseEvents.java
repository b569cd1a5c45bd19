package io.osprey.store;

import io.osprey.model.AuditEvent;
import io.osprey.model.SourceLocation;
import io.osprey.model.SourceRecord;
import io.osprey.normalize.NormalizationException;
import io.osprey.normalize.Normalizer;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the case's stored events back as normalized records, in time order. The stored raw AuditData (in the
 * case's {@link RecordLog}) is the truth, so each event is normalized again from it: analyses see exactly what
 * ingest saw.
 */
public final class CaseEvents {
    private static final String QUERY = "SELECT i.run_id, e.raw_offset, e.raw_length, e.format, e.source_file,"
            + " e.source_line, e.source_offset, e.degraded"
            + " FROM events e JOIN inputs i ON i.input_id = e.input_id ORDER BY e.creation_time, e.event_key";

    private final CaseStore store;
    private final Normalizer normalizer = new Normalizer();

    public CaseEvents(CaseStore store) {
        this.store = store;
    }

    /** Streams every stored event to the consumer, oldest first. */
    public void forEach(Consumer<AuditEvent> consumer) throws CaseException {
        try (PreparedStatement statement = store.connection().prepareStatement(QUERY);
             ResultSet rows = statement.executeQuery();
             RawRecords raw = new RawRecords(store.directory())) {
            while (rows.next()) {
                String rawJson = raw.read(rows.getLong(1), rows.getLong(2), rows.getInt(3));
                SourceLocation location = new SourceLocation(rows.getString(5), rows.getLong(6), rows.getLong(7));
                SourceRecord record = new SourceRecord(location, rows.getString(4), rawJson, Map.of(),
                        rows.getBoolean(8));
                consumer.accept(normalizer.normalize(record));
            }
        } catch (IOException e) {
            throw new CaseException("cannot read the case's raw records: " + e.getMessage());
        } catch (SQLException e) {
            throw new CaseException("cannot read the case's events: " + CaseStore.firstLine(e));
        } catch (NormalizationException e) {
            throw new CaseException("a stored event no longer normalizes: " + e.getMessage());
        }
    }
}
