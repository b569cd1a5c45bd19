package io.osprey.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of a case. Times are {@code TIMESTAMP} values in UTC. Name/value maps are JSON object text with
 * sorted keys (NULL when empty); cast with {@code ::JSON} to query them.
 *
 * <ul>
 *   <li>{@code events}: one row per distinct audit event (Id + CreationTime + Operation, see {@code event_key});
 *       when copies differed the richest was kept. {@code event_row} joins {@code accessed_items};
 *       {@code input_id} joins {@code inputs} (the file the kept copy came from). The verbatim AuditData is in
 *       the {@link RecordLog} of the input's run, at {@code raw_offset} for {@code raw_length} bytes
 *       ({@link RawRecords} reads it).</li>
 *   <li>{@code accessed_items}: one row per item of a kept MailItemsAccessed event: a message (Bind) or a
 *       folder (Sync, {@code is_folder_row}); {@code mailbox} is the mailbox owner's UPN.</li>
 *   <li>{@code rejects}: input that could not become an audit event, with its location, reason and a bounded
 *       excerpt; de-duplicated per evidence SHA-256, line, offset and reason.</li>
 *   <li>{@code inputs}: every input of every ingest run with its fingerprint, format and counts, or the reason
 *       it could not be read.</li>
 * </ul>
 */
public final class CaseSchema {
    public static final int VERSION = 2;

    static final String EVENTS = """
            CREATE TABLE IF NOT EXISTS events (
              event_row BIGINT NOT NULL,
              input_id BIGINT NOT NULL,
              event_key VARCHAR NOT NULL,
              record_id VARCHAR NOT NULL,
              creation_time TIMESTAMP NOT NULL,
              operation VARCHAR NOT NULL,
              workload VARCHAR,
              record_type INTEGER,
              record_type_name VARCHAR,
              result_status VARCHAR,
              user_id VARCHAR,
              user_type VARCHAR,
              client_ip VARCHAR,
              client_ip_raw VARCHAR,
              session_id VARCHAR,
              app_id VARCHAR,
              client_app_id VARCHAR,
              client_info_string VARCHAR,
              logon_type VARCHAR,
              mailbox_owner_upn VARCHAR,
              mailbox_guid VARCHAR,
              organization_id VARCHAR,
              object_id VARCHAR,
              operation_properties VARCHAR,
              parameters VARCHAR,
              modified_properties VARCHAR,
              extended_properties VARCHAR,
              mail_access_type VARCHAR,
              is_throttled BOOLEAN,
              operation_count INTEGER,
              item_count INTEGER,
              degraded BOOLEAN NOT NULL,
              field_count INTEGER NOT NULL,
              format VARCHAR NOT NULL,
              source_file VARCHAR NOT NULL,
              source_line BIGINT,
              source_offset BIGINT,
              raw_offset BIGINT NOT NULL,
              raw_length BIGINT NOT NULL
            )""";

    static final String ACCESSED_ITEMS = """
            CREATE TABLE IF NOT EXISTS accessed_items (
              event_row BIGINT NOT NULL,
              event_key VARCHAR NOT NULL,
              mailbox VARCHAR,
              folder_id VARCHAR,
              folder_path VARCHAR,
              internet_message_id VARCHAR,
              message_key VARCHAR,
              size_in_bytes BIGINT,
              is_folder_row BOOLEAN NOT NULL
            )""";

    static final String REJECTS = """
            CREATE TABLE IF NOT EXISTS rejects (
              input_id BIGINT NOT NULL,
              source_file VARCHAR NOT NULL,
              source_line BIGINT,
              source_offset BIGINT,
              reason VARCHAR NOT NULL,
              excerpt VARCHAR
            )""";

    static final String INPUTS = """
            CREATE TABLE IF NOT EXISTS inputs (
              input_id BIGINT NOT NULL,
              run_id BIGINT NOT NULL,
              path VARCHAR NOT NULL,
              sha256 VARCHAR,
              size_bytes BIGINT,
              format VARCHAR NOT NULL,
              records_read BIGINT NOT NULL,
              records_ingested BIGINT NOT NULL,
              duplicates BIGINT NOT NULL,
              rejected BIGINT NOT NULL,
              degraded BIGINT NOT NULL,
              ingested_at TIMESTAMP NOT NULL,
              reason VARCHAR
            )""";

    static final String SCHEMA_VERSION = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)";

    private CaseSchema() {
    }

    /** Creates the tables that are missing and returns the case's format version. */
    static int create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : List.of(EVENTS, ACCESSED_ITEMS, REJECTS, INPUTS, SCHEMA_VERSION)) {
                statement.execute(ddl);
            }
            statement.execute("INSERT INTO schema_version SELECT " + VERSION
                    + " WHERE NOT EXISTS (SELECT 1 FROM schema_version)");
            try (ResultSet version = statement.executeQuery("SELECT max(version) FROM schema_version")) {
                version.next();
                return version.getInt(1);
            }
        }
    }
}
