package io.osprey.store.ingest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a case's tables for assertions: rows as text, internal row ids left out, in a stable order. */
final class CaseTables {
    private CaseTables() {
    }

    static List<String> events(Path caseDirectory) throws SQLException {
        return query(caseDirectory, "SELECT * EXCLUDE (event_row, input_id) FROM events ORDER BY event_key");
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

    static List<String> query(Path caseDirectory, String sql) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        String url = "jdbc:duckdb:" + caseDirectory.resolve("case.duckdb").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, readOnly);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
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
}
