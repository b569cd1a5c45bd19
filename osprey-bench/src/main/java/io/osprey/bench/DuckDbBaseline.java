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
    private DuckDbBaseline() {
    }

    public static void main(String[] args) throws SQLException {
        String structure = "'{\"MailboxOwnerUPN\":\"VARCHAR\",\"Folders\":[{\"Path\":\"VARCHAR\","
                + "\"FolderItems\":[{\"InternetMessageId\":\"VARCHAR\",\"SizeInBytes\":\"BIGINT\"}]}]}'";
        String records = switch (args[0]) {
            case "csv" -> "SELECT from_json(AuditData, " + structure + ") AS audit FROM read_csv(?, all_varchar = true)";
            case "jsonl" -> "SELECT {'MailboxOwnerUPN': MailboxOwnerUPN, 'Folders': Folders} AS audit FROM read_json(?, "
                    + "format = 'newline_delimited', columns = {MailboxOwnerUPN: 'VARCHAR', Folders: "
                    + "'STRUCT(Path VARCHAR, FolderItems STRUCT(InternetMessageId VARCHAR, SizeInBytes BIGINT)[])[]'})";
            default -> throw new IllegalArgumentException("csv or jsonl");
        };
        String perMailbox = "WITH records AS (" + records + "), "
                + "folders AS (SELECT audit.MailboxOwnerUPN AS mailbox, unnest(audit.Folders) AS folder FROM records), "
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
