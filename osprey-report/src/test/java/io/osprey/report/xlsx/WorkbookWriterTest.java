package io.osprey.report.xlsx;

import io.osprey.report.ReportCase;
import io.osprey.report.ReportData;
import io.osprey.report.ReportInput;
import io.osprey.report.messagetrace.TracedMessages;
import io.osprey.report.notification.NotificationList;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** report.xlsx read back with POI: sheets, frozen filtered headers, typed cells, neutralized formulas. */
class WorkbookWriterTest {
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void writeWorkbook(@TempDir Path dir) throws IOException {
        ReportInput input = ReportCase.shared();
        TracedMessages trace = TracedMessages.of(input.messageTrace());
        Path file = dir.resolve("report.xlsx");
        WorkbookWriter.write(new ReportData(input, trace, NotificationList.build(input.investigation(), trace)), file);
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(path -> path.getFileName().toString())).containsExactly("report.xlsx");
        }
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void hasOneSheetPerTable() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("Summary", "Accessed messages", "Contexts", "Throttled windows", "Syncs",
                "Findings", "Notification list", "Evidence files", "About");
    }

    @Test
    void everySheetHasAFrozenFilteredBoldHeader() {
        for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
            XSSFSheet sheet = workbook.getSheetAt(index);
            assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter()).as(sheet.getSheetName()).isNotNull();
            String range = sheet.getCTWorksheet().getAutoFilter().getRef();
            assertThat(range).startsWith("A1:");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
        }
        XSSFSheet summary = workbook.getSheet("Summary");
        assertThat(summary.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:R4");
    }

    @Test
    void summaryIsWorstFirstWithTypedCells() {
        XSSFSheet summary = workbook.getSheet("Summary");
        assertThat(text(summary.getRow(0).getCell(0))).isEqualTo("Mailbox");
        assertThat(text(summary.getRow(1).getCell(0))).isEqualTo("victim@contoso.com");
        assertThat(text(summary.getRow(1).getCell(1))).isEqualTo("ASSUME_FULL_COMPROMISE");
        assertThat(text(summary.getRow(2).getCell(1))).isEqualTo("FOLDERS_SYNCED");
        assertThat(text(summary.getRow(3).getCell(1))).isEqualTo("NO_EVIDENCE_OF_ACCESS");
        Cell attackerMessages = summary.getRow(1).getCell(4);
        assertThat(attackerMessages.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(attackerMessages.getNumericCellValue()).isEqualTo(3.0);
        Cell firstRecord = summary.getRow(1).getCell(12);
        assertThat(firstRecord.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(firstRecord)).isTrue();
        assertThat(firstRecord.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2025-02-01T09:00:00"));
    }

    @Test
    void formulaStartsAreNeutralizedAndHostileTextKeptAsText() {
        List<String> messageIds = column(workbook.getSheet("Accessed messages"), 1);
        assertThat(messageIds).contains("'" + ReportCase.FORMULA_MESSAGE_ID).doesNotContain(ReportCase.FORMULA_MESSAGE_ID);
        List<String> subjects = column(workbook.getSheet("Notification list"), 5);
        assertThat(subjects).contains("'@SUM(1+1) contract draft", "Payment <script>alert(1)</script> 'urgent'");
        assertThat(column(workbook.getSheet("Contexts"), 11)).contains(ReportCase.HOSTILE_CLIENT);
        for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
            for (Row row : workbook.getSheetAt(index)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void findingsThrottlingSyncsAndEvidenceAreListed() {
        XSSFSheet findings = workbook.getSheet("Findings");
        assertThat(text(findings.getRow(1).getCell(0))).isEqualTo("high");
        assertThat(text(findings.getRow(1).getCell(2))).isEqualTo("exo-inbox-rule-forwarding");
        assertThat(text(findings.getRow(1).getCell(6))).contains("Parameters.Name=" + ReportCase.HOSTILE_RULE);
        XSSFSheet throttled = workbook.getSheet("Throttled windows");
        assertThat(text(throttled.getRow(1).getCell(1))).isEqualTo("throttled");
        assertThat(throttled.getRow(1).getCell(2).getLocalDateTimeCellValue())
                .isEqualTo(LocalDateTime.parse("2025-02-05T08:12:00"));
        assertThat(column(workbook.getSheet("Syncs"), 0)).containsExactly("Id", "v-att-3", "v-att-4", "c-att-1", "q-sync");
        assertThat(column(workbook.getSheet("Evidence files"), 1)).hasSize(3);
        assertThat(workbook.getSheet("Notification list").getLastRowNum()).isEqualTo(10);
    }

    @Test
    void longTablesContinueOnTheNextSheetAndLongCellsAreCut(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long.xlsx");
        try (SXSSFWorkbook streaming = new SXSSFWorkbook(10)) {
            SheetTable table = new SheetTable(streaming, new WorkbookStyles(streaming), "Rows",
                    List.of(Column.of("Number"), Column.wide("Text")), 3);
            for (int row = 0; row < 7; row++) {
                table.row(row, row == 6 ? "x".repeat(40_000) : row == 5 ? "bell\u0007 nul\u0000 end" : "-" + row + "x");
            }
            table.finish();
            try (OutputStream out = Files.newOutputStream(file)) {
                streaming.write(out);
            }
            streaming.dispose();
        }
        try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(read.getNumberOfSheets()).isEqualTo(3);
            assertThat(read.getSheetAt(1).getSheetName()).isEqualTo("Rows (2)");
            assertThat(read.getSheetAt(2).getSheetName()).isEqualTo("Rows (3)");
            assertThat(read.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(text(read.getSheetAt(1).getRow(0).getCell(0))).isEqualTo("Number");
            assertThat(text(read.getSheetAt(0).getRow(1).getCell(1))).isEqualTo("'-0x");
            assertThat(text(read.getSheetAt(1).getRow(3).getCell(1))).startsWith("bell").endsWith(" end");
            String cut = text(read.getSheetAt(2).getRow(1).getCell(1));
            assertThat(cut).hasSize(SheetTable.MAX_CELL_TEXT).endsWith(SheetTable.CUT_MARKER);
            assertThat(read.getSheetAt(2).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B2");
        }
    }

    private static List<String> column(XSSFSheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            values.add(text(row.getCell(column)));
        }
        return values;
    }

    private static String text(Cell cell) {
        return cell == null ? null : cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue())
                : cell.getStringCellValue();
    }
}
