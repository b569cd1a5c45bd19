package io.osprey.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The query an analyst would write instead of Osprey: read the export with DuckDB, parse AuditData, unnest
 * Folders and FolderItems, count items per mailbox. Usage: DuckDbBaseline csv|jsonl FILE
 */
public final class DuckDbBaseline {
    private static final String FOLDERS_TYPE =
            "'[{\"Path\":\"VARCHAR\",\"FolderItems\":[{\"InternetMessageId\":\"VARCHAR\",\"SizeInBytes\":\"BIGINT\"}]}]'";

    private DuckDbBaseline() {
    }

    public static void main(String[] args) throws SQLException {
        String source = switch (args[0]) {
            case "csv" -> "SELECT AuditData::JSON AS audit FROM read_csv(?, all_varchar = true)";
            case "jsonl" -> "SELECT json AS audit FROM read_ndjson_objects(?)";
            default -> throw new IllegalArgumentException("csv or jsonl");
        };
        String perMailbox = "WITH records AS (" + source + "), "
                + "folders AS (SELECT audit->>'MailboxOwnerUPN' AS mailbox, "
                + "unnest(from_json(audit->'Folders', " + FOLDERS_TYPE + ")) AS folder FROM records), "
                + "items AS (SELECT mailbox, unnest(folder.FolderItems) AS item FROM folders) "
                + "SELECT count(*) AS mailboxes, sum(item_count) AS items FROM "
                + "(SELECT mailbox, count(*) AS item_count FROM items GROUP BY mailbox)";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement statement = connection.prepareStatement(perMailbox)) {
            statement.setString(1, args[1]);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                System.out.println("mailboxes=" + result.getLong(1) + " items=" + result.getLong(2));
            }
        }
    }
}
