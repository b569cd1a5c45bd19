package io.osprey.formats.csv;

import io.osprey.formats.FormatReader;
import io.osprey.formats.FormatRegistry;
import io.osprey.formats.InputHead;
import io.osprey.formats.StringInputText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every CSV sample is recognized as exactly its own layout; headers of no layout are recognized by none. */
class CsvSniffTest {
    private static final List<FormatReader> CSV_READERS = List.of(new PurviewCsvReader(),
            new UnifiedAuditLogCsvReader(), new MailboxAuditLogCsvReader(), new GraphAuditCsvReader(),
            new OfficeActivityCsvReader(), new CloudAppEventsCsvReader(), new ExtractorAuditDataCsvReader());

    @ParameterizedTest
    @CsvSource({
            "purview-csv, purview_current_iso_crlf.csv",
            "purview-csv, purview_admin_unit_names_lf.csv",
            "purview-csv, purview_classic_four_columns.csv",
            "unified-audit-log-csv, search_unifiedauditlog_typed_crlf.csv",
            "unified-audit-log-csv, extractor_get_ual_reordered_lf.csv",
            "unified-audit-log-csv, select_subset_lf.csv",
            "mailbox-audit-log-csv, search_mailboxauditlog_showdetails.csv",
            "graph-audit-csv, get_ualgraph_output_csv.csv",
            "office-activity-csv, log_analytics_portal_export.csv",
            "cloud-app-events-csv, advanced_hunting_export.csv",
            "extractor-auditdata-csv, get_ual_auditdataonly_ps51.csv",
            "extractor-auditdata-csv, get_ual_auditdataonly_ps7_lf.csv"})
    void sampleIsDetectedAsExactlyItsFormat(String format, String sample) {
        assertDetectedAs(format, CsvReaderRun.resource(format, sample).head());
    }

    @ParameterizedTest
    @ValueSource(strings = "huntress2023_rogue_inbox_purview.csv")
    void realPurviewExportIsDetected(String sample) {
        assertDetectedAs("purview-csv", CsvReaderRun.publicSample(sample).head());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "purview-csv | CreationDate,UserIds,Operations,AuditData",
            "purview-csv | \"CreationDate\",\"UserIds\",\"Operations\",\"AuditData\"",
            "purview-csv | creationdate,userids,operations,auditdata",
            "purview-csv | \"RecordId\",\"CreationDate\",\"RecordType\",\"Operation\",\"UserId\",\"AuditData\"",
            "unified-audit-log-csv | UserIds,CreationDate,Operations,AuditData",
            "unified-audit-log-csv | CreationDate,UserIds,Operations,AuditData,ResultIndex",
            "unified-audit-log-csv | AuditData,Identity",
            "mailbox-audit-log-csv | Operation,OperationResult,LogonType,LastAccessed,Identity",
            "graph-audit-csv | id,createdDateTime,auditLogRecordType,operation,auditData",
            "office-activity-csv | TimeGenerated [UTC],Operation,OfficeWorkload,OfficeId",
            "cloud-app-events-csv | Timestamp,ActionType,Application,RawEventData",
            "extractor-auditdata-csv | CreationTime,Id,Operation,OrganizationId,RecordType,Workload"})
    void headerVariantsAreDetected(String format, String header) {
        String text = header + "\r\n";
        assertDetectedAs(format, new StringInputText("header.csv", text).head());
        assertDetectedAs(format, new StringInputText("typed.csv", "#TYPE Some.Type\r\n" + text).head());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"Name\",\"Fqdn\",\"PSComputerName\",\"ServerRole\"\n\"EX01\",\"ex01.example.com\",\"mgmt\",\"Mailbox\"\n",
            "AuditData\n\"{}\"\n",
            "CreationDate,UserIds,Operations\n1/1/2024 1:00:00 AM,a@b,Send\n",
            "Id,CreationTime,Operation,RecordType\n1,2024-01-01T00:00:00,Send,2\n",
            "Operation,LastAccessed,AuditData\nSend,1/1/2024,{}\n",
            "",
            "   \n\n"})
    void unknownCsvHeadersAreRecognizedByNoReader(String text) {
        InputHead head = new StringInputText("other.csv", text).head();
        assertNoCsvReaderClaims(head);
        assertThat(FormatRegistry.defaults().detect(head)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"CreationTime\":\"2023-09-15T18:16:53\",\"Id\":\"1\",\"Operation\":\"Send\",\"AuditData\":\"{}\"}\n",
            "  [{\"RecordType\":\"x\",\"AuditData\":\"{}\",\"CreationDate\":\"x\"}]"})
    void jsonIsLeftToTheJsonReaders(String text) {
        assertNoCsvReaderClaims(new StringInputText("other.json", text).head());
    }

    private static void assertNoCsvReaderClaims(InputHead head) {
        for (FormatReader reader : CSV_READERS) {
            assertThat(reader.sniff(head)).as("%s on %s", reader.name(), head.text()).isZero();
        }
    }

    private static void assertDetectedAs(String format, InputHead head) {
        assertThat(FormatRegistry.defaults().detect(head)).as("detected format of %s", head.displayPath())
                .hasValueSatisfying(reader -> assertThat(reader.name()).isEqualTo(format));
        List<Integer> scores = CSV_READERS.stream().map(reader -> reader.sniff(head))
                .sorted(Comparator.reverseOrder()).toList();
        assertThat(scores.get(0)).as("the best CSV score is unique").isGreaterThan(scores.get(1));
    }
}
