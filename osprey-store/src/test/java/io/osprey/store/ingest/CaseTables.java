package io.osprey.store.ingest;

import io.osprey.store.RawRecords;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Reads a case's tables for assertions: rows as text, internal row ids left out, in a stable order. */
final class CaseTables {
    private CaseTables() {
    }

    /** Every event row with its raw record text (read from the record log) in place of where it is stored. */
    static List<String> events(Path caseDirectory) throws SQLException, IOException {
        List<String> rows = query(caseDirectory, "SELECT e.* EXCLUDE (event_row, input_id, raw_offset), i.run_id,"
                + " e.raw_offset FROM events e JOIN inputs i USING (input_id) ORDER BY event_key");
        List<String> withRaw = new ArrayList<>();
        try (RawRecords raw = new RawRecords(caseDirectory)) {
            for (String row : rows) {
                String[] fields = row.split(" \\| ");
                int last = fields.length - 1;
                String text = raw.read(Long.parseLong(fields[last - 1]), Long.parseLong(fields[last]),
                        Integer.parseInt(fields[last - 2]));
                withRaw.add(String.join(" | ", Arrays.copyOf(fields, last - 1)) + " | " + text);
            }
        }
        return withRaw;
    }

    static List<String> items(Path caseDirectory) throws SQLException {
        return query(caseDirectory, "SELECT * EXCLUDE (event_row) FROM accessed_items ORDER BY ALL");
    }

    static List<String> rejects(Path caseDirectory) throws SQLException {
        return query(caseDirectory, "SELECT * EXCLUDE (input_id) FROM rejects ORDER BY ALL");
    }

    static long count(Path caseDirectory, String table) throws SQLException {
        return Long.parseLong(query(caseDirectory, "SELECT count(*) FROM " + table).get(0));
    }

    static List<String> query(Path caseDirectory, String sql, String... parameters) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        String url = "jdbc:duckdb:" + caseDirectory.resolve("case.duckdb").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, readOnly);
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData columns = rows.getMetaData();
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    if (column > 1) {
                        row.append(" | ");
                    }
                    row.append(rows.getString(column));
                }
                result.add(row.toString());
            }
            return result;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, String... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int index = 0; index < parameters.length; index++) {
            statement.setString(index + 1, parameters[index]);
        }
        return statement;
    }
}
