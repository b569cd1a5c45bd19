package io.osprey.store.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The staging rows read back by DuckDB with the options ingest loads them with: nothing changes on the way. */
class StageRowTest {
    @TempDir
    Path dir;

    @Test
    void duckDbReadsBackEveryValueExactly() throws Exception {
        List<String> texts = List.of("", "plain", "quote \" inside \"\"", "comma, and\nnew line\r\n",
                "é ü 中文 😀", "=SUM(A1) \\ backslash", "\u0000nul");
        StageRow rows = new StageRow(16);
        for (String text : texts) {
            rows.value(text).value(null).value(42L).value(true).endRow();
        }
        rows.value("\ud800 unpaired").value("x").value(-1).value(false).endRow();
        Path file = dir.resolve("stage.csv");
        Files.write(file, rows.toBytes());

        List<String> read = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement statement = connection.prepareStatement("SELECT * FROM read_csv(?, columns = "
                     + "{'text':'VARCHAR','missing':'VARCHAR','number':'BIGINT','flag':'BOOLEAN'}, "
                     + StageFiles.CSV_OPTIONS + ")")) {
            statement.setString(1, file.toString());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    read.add(result.getString(1) + "|" + result.getString(2) + "|" + result.getLong(3) + "|"
                            + result.getBoolean(4));
                }
            }
        }

        List<String> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(text + "|null|42|true");
        }
        expected.add("? unpaired|x|-1|false");
        assertThat(read).containsExactlyElementsOf(expected);
    }
}
