package io.osprey.report.messagetrace;

import io.osprey.model.Rejection;
import io.osprey.report.ReportCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTraceReaderTest {
    private static final Path SAMPLES = ReportCase.TRACE_SAMPLES;

    private final List<MessageTraceRow> rows = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    private MessageTraceFile read(String name) throws MessageTraceException {
        return MessageTraceReader.read(SAMPLES.resolve(name), rows::add, rejections::add);
    }

    @Test
    void getMessageTraceExportWithTypeLineBomAndUsDates() throws MessageTraceException {
        MessageTraceFile file = read("get-messagetrace.csv");

        assertThat(file.layout()).isEqualTo(MessageTraceLayout.POWERSHELL);
        assertThat(file.rowsRead()).isEqualTo(10);
        assertThat(file.rejected()).isEqualTo(1);
        assertThat(rows).hasSize(9);
        MessageTraceRow first = rows.get(0);
        assertThat(first.received()).isEqualTo(Instant.parse("2025-02-01T07:55:10Z"));
        assertThat(first.senderAddress()).isEqualTo("billing@partner.example");
        assertThat(first.recipientAddresses()).containsExactly("victim@contoso.com");
        assertThat(first.subject()).isEqualTo("Q1 invoice");
        assertThat(first.status()).isEqualTo("Delivered");
        assertThat(first.sizeInBytes()).isEqualTo(48_211L);
        assertThat(first.internetMessageId()).isEqualTo("<m1@partner.example>");
        assertThat(first.messageKey()).isEqualTo("m1@partner.example");
        assertThat(first.traceId()).isEqualTo("0b0e7a51-1111-4c1a-9a01-000000000001");
        assertThat(first.fromIp()).isEqualTo("192.0.2.10");
        assertThat(first.location().line()).isEqualTo(3);
        assertThat(rows.get(4).received()).as("12 PM").isEqualTo(Instant.parse("2025-02-04T12:00:00Z"));
        assertThat(rows.get(3).subject()).isEqualTo(ReportCase.ATTRIBUTE_BREAKER);
        Rejection rejected = rejections.get(0);
        assertThat(rejected.reason()).isEqualTo("unreadable received time 'not a date'");
        assertThat(rejected.location().line()).isEqualTo(12);
        assertThat(rejected.excerpt()).contains("<bad@partner.example>");
    }

    @Test
    void getMessageTraceV2WithoutBomIsoTimesAndOtherColumnOrder() throws MessageTraceException {
        MessageTraceFile file = read("get-messagetracev2.csv");

        assertThat(file.layout()).isEqualTo(MessageTraceLayout.POWERSHELL);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).received()).isEqualTo(Instant.parse("2025-02-04T09:15:02.331Z"));
        assertThat(rows.get(0).recipientAddresses()).containsExactly("victim@contoso.com");
        assertThat(rows.get(0).sizeInBytes()).isEqualTo(90_112L);
        assertThat(rows.get(0).messageKey()).isEqualTo("m2@partner.example");
        assertThat(rows.get(1).received()).isEqualTo(Instant.parse("2025-02-05T06:00:00Z"));
        assertThat(rows.get(1).sizeInBytes()).isNull();
        assertThat(rows.get(1).status()).isEqualTo("FilteredAsSpam");
    }

    @Test
    void adminCenterSummaryReportInUtf16WithRecipientStatusLists() throws MessageTraceException {
        MessageTraceFile file = read("eac-summary-utf16.csv");

        assertThat(file.layout()).isEqualTo(MessageTraceLayout.ADMIN_CENTER_SUMMARY);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).recipientAddresses()).containsExactly("victim@contoso.com", "other@contoso.com");
        assertThat(rows.get(0).traceId()).isEqualTo("5e6f7a8b-0000-4000-8000-000000000002");
        assertThat(rows.get(0).direction()).isEqualTo("Incoming");
        assertThat(rows.get(0).fromIp()).isEqualTo("192.0.2.10");
        assertThat(rows.get(1).senderAddress()).isEqualTo("cfo@contoso.com");
        assertThat(rows.get(1).direction()).isEqualTo("Originating");
    }

    @Test
    void adminCenterExtendedReportInUtf16WithoutBom() throws MessageTraceException {
        MessageTraceFile file = read("eac-extended-utf16-nobom.csv");

        assertThat(file.layout()).isEqualTo(MessageTraceLayout.ADMIN_CENTER_EXTENDED);
        assertThat(rows).extracting(MessageTraceRow::status).containsExactly("RECEIVE", "DELIVER");
        TracedMessages messages = TracedMessages.of(rows);
        assertThat(messages.size()).isEqualTo(1);
        TracedMessage message = messages.byKey("m3@partner.example").orElseThrow();
        assertThat(message.received()).isEqualTo(Instant.parse("2025-02-04T11:40:45.1Z"));
        assertThat(message.statuses()).containsExactly("RECEIVE", "DELIVER");
        assertThat(messages.receivedBy("victim@contoso.com")).containsExactly(message);
    }

    @Test
    void aFileWithoutATraceHeaderIsRefused() {
        assertThatThrownBy(() -> read("not-a-trace.csv")).isInstanceOf(MessageTraceException.class)
                .hasMessageContaining("not-a-trace.csv: not a message trace export");
    }

    @Test
    void readAllTakesFoldersAndListsWhatItCouldNotRead() throws IOException {
        MessageTraceRead read = MessageTraceReader.readAll(List.of(SAMPLES));

        assertThat(read.files()).extracting(file -> Path.of(file.path()).getFileName().toString()).containsExactly(
                "eac-extended-utf16-nobom.csv", "eac-summary-utf16.csv", "get-messagetrace.csv",
                "get-messagetracev2.csv");
        assertThat(read.rows()).hasSize(2 + 2 + 9 + 2);
        assertThat(read.rejections()).hasSize(1);
        assertThat(read.unreadable()).singleElement().asString().contains("not-a-trace.csv");
    }

    @Test
    void brokenCsvKeepsTheRowsBeforeAndRejectsTheRest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, "Received,SenderAddress,RecipientAddress,MessageId\n"
                + "2025-02-01T00:00:00Z,a@x.example,b@y.example,<1@x>\n"
                + "2025-02-01T00:00:01Z,a@x.example,\"b@y.example" + "x".repeat(17_000_000) + "\n",
                StandardCharsets.UTF_8);
        MessageTraceFile result = read(file);

        assertThat(rows).hasSize(1);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(rejections.get(0).reason()).startsWith("unreadable CSV after line 2");
    }

    private MessageTraceFile read(Path file) throws MessageTraceException {
        return MessageTraceReader.read(file, rows::add, rejections::add);
    }
}
