package io.osprey.formats.csv;

import io.osprey.formats.InputText;
import io.osprey.model.ReadResult;
import io.osprey.model.Rejection;
import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Broken rows are rejected with a reason and their line, and never stop the rows after them. */
class BadCsvInputTest {
    private static final String PURVIEW_HEADER = "RecordId,CreationDate,RecordType,Operation,UserId,AuditData,"
            + "AssociatedAdminUnits,AssociatedAdminUnitsNames\r\n";
    private static final String GOOD_ROW = "1,9/20/2023 4:05:03 AM,8,Op,user,\"{\"\"Id\"\":\"\"1\"\"}\",,\r\n";

    private static CsvReaderRun purview(String text) {
        return CsvReaderRun.of(new PurviewCsvReader(), CsvReaderRun.text(text));
    }

    @Test
    void rowsWithTheWrongNumberOfFieldsAreRejected() {
        CsvReaderRun run = purview(PURVIEW_HEADER
                + GOOD_ROW
                + "2,9/20/2023 4:05:03 AM,8,Op,user,\"{}\",\r\n"
                + "3,9/20/2023 4:05:03 AM,8,Op,user,\"{}\",,,extra\r\n"
                + GOOD_ROW);

        assertThat(run.records()).hasSize(2);
        assertThat(run.records()).extracting(record -> record.location().line()).containsExactly(2L, 5L);
        assertThat(run.rejections()).extracting(Rejection::reason)
                .containsExactly("row has 7 fields, header has 8", "row has 9 fields, header has 8");
        assertThat(run.rejections()).extracting(rejection -> rejection.location().line()).containsExactly(3L, 4L);
        assertThat(run.rejections().get(0).location().file()).isEqualTo("inline.csv");
        assertThat(run.rejections().get(0).excerpt()).isEqualTo("2,9/20/2023 4:05:03 AM,8,Op,user,{},");
    }

    @Test
    void emptyAndNonObjectAuditDataAreRejected() {
        CsvReaderRun run = purview(PURVIEW_HEADER
                + "1,9/20/2023 4:05:03 AM,8,Op,user,,,\r\n"
                + "2,9/20/2023 4:05:03 AM,8,Op,user,\"   \",,\r\n"
                + "3,9/20/2023 4:05:03 AM,8,Op,user,\"[1,2]\",,\r\n"
                + "4,9/20/2023 4:05:03 AM,8,Op,user,not json,,\r\n"
                + "5,9/20/2023 4:05:03 AM,8,Op,user,\"{broken\",,\r\n");

        assertThat(run.rejections()).extracting(Rejection::reason).containsExactly("empty AuditData",
                "empty AuditData", "AuditData is not a JSON object", "AuditData is not a JSON object");
        assertThat(run.records()).singleElement()
                .satisfies(record -> assertThat(record.auditDataJson()).isEqualTo("{broken"));
    }

    @Test
    void headerOnlyAndEmptyInputsHaveNoRecords() {
        assertThat(purview(PURVIEW_HEADER).results()).isEmpty();
        assertThat(purview(PURVIEW_HEADER.strip()).results()).isEmpty();
        assertThat(purview("#TYPE Deserialized.Microsoft.Exchange.Data.ApplicationLogic.UnifiedAuditLogEvent\r\n"
                + PURVIEW_HEADER + "\r\n\r\n").results()).isEmpty();
        assertThat(purview("").results()).isEmpty();
    }

    @Test
    void blankAndWhitespaceLinesAreNotRecords() {
        CsvReaderRun run = purview(PURVIEW_HEADER + "\r\n" + GOOD_ROW + "   \r\n\r\n" + GOOD_ROW + "\r\n");

        assertThat(run.rejections()).isEmpty();
        assertThat(run.records()).extracting(record -> record.location().line()).containsExactly(3L, 6L);
    }

    @Test
    void anUnterminatedQuoteSwallowsTheRestIntoOneRejectedRow() {
        CsvReaderRun run = purview(PURVIEW_HEADER + GOOD_ROW
                + "2,9/20/2023 4:05:03 AM,8,Op,user,\"{\"\"Id\"\":\"\"2\"\"},,\r\n" + GOOD_ROW);

        assertThat(run.records()).hasSize(1);
        assertThat(run.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).isEqualTo("row has 6 fields, header has 8");
            assertThat(rejection.location().line()).isEqualTo(3);
        });
    }

    @Test
    void aFieldBeyondTheParserBufferEndsTheInputWithOneRejection() throws IOException {
        String start = PURVIEW_HEADER + GOOD_ROW + "2,9/20/2023 4:05:03 AM,8,Op,user,\"{";
        long endlessChars = 20L * 1024 * 1024;
        InputText input = new InputText() {
            @Override
            public String displayPath() {
                return "endless.csv";
            }

            @Override
            public Reader openReader() {
                return new Reader() {
                    private long produced;

                    @Override
                    public int read(char[] buffer, int offset, int length) {
                        if (produced == start.length() + endlessChars) {
                            return -1;
                        }
                        int count = 0;
                        for (; count < length && produced < start.length() + endlessChars; count++, produced++) {
                            buffer[offset + count] = produced < start.length() ? start.charAt((int) produced) : 'x';
                        }
                        return count;
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
        List<ReadResult> results = new ArrayList<>();
        new PurviewCsvReader().read(input, results::add);

        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isInstanceOf(SourceRecord.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(Rejection.class, rejection -> {
            assertThat(rejection.reason()).startsWith("unreadable CSV from line 3 on: The maximum buffer size");
            assertThat(rejection.location().line()).isEqualTo(3);
            assertThat(rejection.location().file()).isEqualTo("endless.csv");
        });
    }

    @Test
    void rejectionExcerptsAreBounded() {
        String huge = "x".repeat(5000);
        CsvReaderRun run = purview(PURVIEW_HEADER + huge + "," + huge + "\r\n");

        assertThat(run.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).isEqualTo("row has 2 fields, header has 8");
            assertThat(rejection.excerpt().length()).isLessThanOrEqualTo(Rejection.MAX_EXCERPT + 1);
        });
    }

    @Test
    void aLayoutReadingAFileWithoutItsColumnRejectsEveryRow() {
        CsvReaderRun run = purview("Timestamp,ActionType,RawEventData\r\n2024-01-01T00:00:00Z,Send,{}\r\n"
                + "2024-01-01T00:00:01Z,Send,{}\r\n");

        assertThat(run.records()).isEmpty();
        assertThat(run.rejections()).extracting(Rejection::reason)
                .containsExactly("the header has no AuditData column", "the header has no AuditData column");
    }

    @Test
    void crlfAndLfGiveTheSameRecords() {
        String crlf = CsvReaderRun.resource("purview-csv", "purview_current_iso_crlf.csv").text();
        assertThat(crlf).contains("\r\n");
        CsvReaderRun windows = purview(crlf);
        CsvReaderRun unix = purview(crlf.replace("\r\n", "\n"));

        assertThat(unix.golden()).isEqualTo(windows.golden());
        assertThat(unix.records()).hasSize(5);
    }

    @Test
    void cloudAppEventsWithUnreadableRawEventData() {
        String header = "Timestamp,ActionType,RawEventData,ReportId\n";
        CsvReaderRun run = CsvReaderRun.of(new CloudAppEventsCsvReader(), CsvReaderRun.text(header
                + "2024-01-01T00:00:00Z,Send,not json,r1\n"
                + "2024-01-01T00:00:00Z,Send,\"{\"\"Id\"\":\",r2\n"
                + "2024-01-01T00:00:00Z,Send,null,r3\n"
                + "2024-01-01T00:00:00Z,Send,\"{\"\"Id\"\":\"\"7\"\",\"\"Operation\"\":\"\"\"\"}\",r4\n"
                + "2024-01-01T00:00:00Z,Send,\"@{Workload=Exchange}\",r5\n"));

        assertThat(run.records()).isEmpty();
        assertThat(run.rejections()).extracting(Rejection::reason).containsExactly(
                "RawEventData is not a JSON object", "RawEventData is not valid JSON", "not an audit record",
                "not an audit record", "not an audit record");
    }

    @Test
    void mailboxAuditRowsWithoutAReadableTime() {
        String header = "Operation,OperationResult,LogonType,LastAccessed,Identity\n";
        CsvReaderRun run = CsvReaderRun.of(new MailboxAuditLogCsvReader(), CsvReaderRun.text(header
                + "MailItemsAccessed,Succeeded,Owner,,id-1\n"
                + "MailItemsAccessed,Succeeded,Owner,yesterday,id-2\n"
                + "MailItemsAccessed,Succeeded,Owner,13/25/2023 1:00:00 PM,id-3\n"
                + "MailItemsAccessed,Succeeded,Owner,20/09/2023 16:05:03,id-4\n"));

        assertThat(run.rejections()).extracting(Rejection::reason).containsExactly("missing LastAccessed",
                "LastAccessed is not a readable date: yesterday",
                "LastAccessed is not a readable date: 13/25/2023 1:00:00 PM");
        assertThat(run.records()).singleElement().extracting(SourceRecord::auditDataJson)
                .asString().contains("\"CreationTime\":\"2023-09-20T16:05:03Z\"");
    }
}
