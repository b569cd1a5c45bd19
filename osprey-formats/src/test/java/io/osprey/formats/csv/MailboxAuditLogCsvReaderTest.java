package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxAuditLogCsvReaderTest {
    @Test
    void rebuildsAuditDataFromTheShowDetailsColumns() {
        CsvReaderRun run = CsvGolden.check(new MailboxAuditLogCsvReader(), "search_mailboxauditlog_showdetails.csv",
                5, 1, 2);

        JsonNode sync = CsvReaderRun.auditData(run.records().get(0));
        assertThat(sync.get("Id").asText()).startsWith("RgAAAAAb9fB1");
        assertThat(sync.get("CreationTime").asText()).isEqualTo("2023-09-15T18:20:02Z");
        assertThat(sync.get("RecordType").asInt()).isEqualTo(50);
        assertThat(sync.get("Workload").asText()).isEqualTo("Exchange");
        assertThat(sync.get("UserId").asText()).isEqualTo("jose.muller@contoso.example");
        assertThat(sync.get("OriginatingServer").asText()).endsWith("(15.20.4200.000)\r\n");
        assertThat(sync.at("/OperationProperties/0/Name").asText()).isEqualTo("MailAccessType");
        assertThat(sync.at("/OperationProperties/0/Value").asText()).isEqualTo("Sync");
        assertThat(sync.at("/Folders/0/Path").asText()).isEqualTo("\\Boîte de réception");

        JsonNode bind = CsvReaderRun.auditData(run.records().get(1));
        assertThat(bind.get("OperationCount").asInt()).isEqualTo(2);
        assertThat(bind.at("/Folders/0/FolderItems/1/SizeInBytes").asInt()).isEqualTo(4871);
        assertThat(bind.has("UserId")).isFalse();

        SourceRecord lost = run.records().get(2);
        assertThat(lost.degraded()).isTrue();
        assertThat(CsvReaderRun.auditData(lost).has("Folders")).isFalse();
        assertThat(lost.envelope()).containsEntry("AggregatedRecordFoldersData", "System.Collections.ArrayList");

        JsonNode update = CsvReaderRun.auditData(run.records().get(3));
        assertThat(update.get("RecordType").asInt()).isEqualTo(2);
        assertThat(update.at("/Item/Subject").asText()).isEqualTo("Überweisung – Rechnung Nr. 4711");
        assertThat(update.at("/Item/ParentFolder/Path").asText()).isEqualTo("\\Brouillons");

        assertThat(run.rejections().get(0).reason()).isEqualTo("missing Identity");
        assertThat(run.rejections().get(0).location().line()).isEqualTo(run.records().get(4).location().line() + 2);
    }

    @Test
    void operationPropertiesTokensWithSpacesAndCommas() {
        assertThat(NameValueTokens.parse("MailAccessType:Bind IsThrottled:False").toString())
                .isEqualTo("[{\"Name\":\"MailAccessType\",\"Value\":\"Bind\"},{\"Name\":\"IsThrottled\",\"Value\":\"False\"}]");
        assertThat(NameValueTokens.parse("{RuleName:Move to RSS, IsThrottled:True}").toString())
                .isEqualTo("[{\"Name\":\"RuleName\",\"Value\":\"Move to RSS\"},{\"Name\":\"IsThrottled\",\"Value\":\"True\"}]");
    }
}
