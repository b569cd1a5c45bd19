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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Reads the case's events back one mailbox at a time: ordered by the mailbox key, then time, and handed over as
 * one list per key, so a caller holds a single mailbox's events rather than the case. The key is the first
 * non-blank of MailboxOwnerUPN, UserId and MailboxGuid, trimmed and lower-cased (the analyses' mailbox key);
 * events without any of them come last, in one group. Within a group events are oldest first, in the order
 * {@link CaseEvents} reads them. Like {@link CaseEvents}, each event is normalized again from its stored raw
 * AuditData (read from the case's {@link RecordLog}).
 *
 * <pre>
 * try (CaseEventsByMailbox.Groups groups = CaseEventsByMailbox.mailboxRecords(store)) {
 *     for (List&lt;AuditEvent&gt; mailbox : groups) { ... }
 * }
 * </pre>
 * Reading failures while iterating surface as {@link ReadFailure}, whose cause is the {@link CaseException}.
 */
public final class CaseEventsByMailbox {
    /** Trims the characters {@link String#trim()} trims (U+0000..U+0020); a blank value becomes NULL. */
    private static final String TRIMMED = "nullif(regexp_replace(%s, '^[\\x00-\\x20]+|[\\x00-\\x20]+$', '', 'g'), '')";
    static final String MAILBOX_KEY = "lower(coalesce(" + TRIMMED.formatted("mailbox_owner_upn") + ", "
            + TRIMMED.formatted("user_id") + ", " + TRIMMED.formatted("mailbox_guid") + "))";
    private static final String SELECT = "SELECT " + MAILBOX_KEY + " AS mailbox_key, (SELECT run_id FROM inputs i"
            + " WHERE i.input_id = events.input_id) AS run_id, raw_offset, raw_length, format, source_file,"
            + " source_line, source_offset, degraded FROM events ";
    private static final String ORDER = " ORDER BY mailbox_key NULLS LAST, creation_time, event_key";
    private static final String MAILBOX_RECORDS = "WHERE mail_access_type IS NOT NULL "
            + "OR lower(operation) = 'mailitemsaccessed' OR " + TRIMMED.formatted("mailbox_owner_upn") + " IS NOT NULL";

    private CaseEventsByMailbox() {
    }

    /** Every stored event, grouped by mailbox key. */
    public static Groups all(CaseStore store) throws CaseException {
        return new Groups(store, SELECT + ORDER);
    }

    /**
     * The events a mailbox investigation reads: every MailItemsAccessed record, and every other record that
     * names a mailbox owner (which shows the mailbox exists even when its MailItemsAccessed auditing is off).
     */
    public static Groups mailboxRecords(CaseStore store) throws CaseException {
        return new Groups(store, SELECT + MAILBOX_RECORDS + ORDER);
    }

    /** A failure to read or normalize the stored events while iterating. */
    public static final class ReadFailure extends RuntimeException {
        ReadFailure(CaseException cause) {
            super(cause.getMessage(), cause);
        }

        public CaseException caseException() {
            return (CaseException) getCause();
        }
    }

    /** The open query: iterable once; close it when done (closing early is allowed). */
    public static final class Groups implements Iterable<List<AuditEvent>>, AutoCloseable {
        private final PreparedStatement statement;
        private final ResultSet rows;
        private final Normalizer normalizer = new Normalizer();
        private final RawRecords raw;
        private boolean onRow;
        private boolean iterated;

        private Groups(CaseStore store, String query) throws CaseException {
            this.raw = new RawRecords(store.directory());
            PreparedStatement prepared = null;
            try {
                prepared = store.connection().prepareStatement(query);
                this.statement = prepared;
                this.rows = prepared.executeQuery();
                this.onRow = rows.next();
            } catch (SQLException e) {
                closeQuietly(prepared);
                throw new CaseException("cannot read the case's events: " + CaseStore.firstLine(e), e);
            }
        }

        @Override
        public Iterator<List<AuditEvent>> iterator() {
            if (iterated) {
                throw new IllegalStateException("the events can be iterated only once");
            }
            iterated = true;
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return onRow;
                }

                @Override
                public List<AuditEvent> next() {
                    if (!onRow) {
                        throw new NoSuchElementException();
                    }
                    return nextGroup();
                }
            };
        }

        private List<AuditEvent> nextGroup() {
            try {
                String key = rows.getString(1);
                List<AuditEvent> group = new ArrayList<>();
                do {
                    group.add(event());
                    onRow = rows.next();
                } while (onRow && Objects.equals(key, rows.getString(1)));
                return group;
            } catch (SQLException e) {
                onRow = false;
                throw new ReadFailure(new CaseException("cannot read the case's events: " + CaseStore.firstLine(e), e));
            }
        }

        private AuditEvent event() throws SQLException {
            SourceLocation location = new SourceLocation(rows.getString(6), rows.getLong(7), rows.getLong(8));
            try {
                String rawJson = raw.read(rows.getLong(2), rows.getLong(3), rows.getInt(4));
                SourceRecord record = new SourceRecord(location, rows.getString(5), rawJson, Map.of(),
                        rows.getBoolean(9));
                return normalizer.normalize(record);
            } catch (IOException e) {
                onRow = false;
                throw new ReadFailure(new CaseException("cannot read the case's raw records: " + e.getMessage(), e));
            } catch (NormalizationException e) {
                onRow = false;
                throw new ReadFailure(new CaseException("a stored event no longer normalizes: " + e.getMessage(), e));
            }
        }

        @Override
        public void close() {
            closeQuietly(statement);
            raw.close();
        }

        private static void closeQuietly(PreparedStatement statement) {
            if (statement == null) {
                return;
            }
            try {
                statement.close();
            } catch (SQLException e) {
                // a read-only query holds nothing that a failed close could lose
            }
        }
    }
}
