package io.osprey.report.xlsx;

import io.osprey.report.SpreadsheetCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One table of the workbook: a bold, frozen header row with an auto-filter over the data. Text cells are
 * spreadsheet-safe ({@link SpreadsheetCells}) and cut at Excel's 32,767-character cell limit with a marker; numbers
 * are numeric cells, times date cells in UTC. A table longer than a sheet continues on "name (2)", "name (3)".
 */
final class SheetTable {
    static final int MAX_CELL_TEXT = 32_767;
    static final int MAX_DATA_ROWS = 1_048_575;
    static final String CUT_MARKER = "… (cut at Excel's cell limit; the CSV outputs hold the whole value)";

    private final SXSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final String name;
    private final List<Column> columns;
    private final int maxDataRows;
    private SXSSFSheet sheet;
    private int sheets;
    private int nextRow;

    SheetTable(SXSSFWorkbook workbook, WorkbookStyles styles, String name, List<Column> columns) {
        this(workbook, styles, name, columns, MAX_DATA_ROWS);
    }

    SheetTable(SXSSFWorkbook workbook, WorkbookStyles styles, String name, List<Column> columns, int maxDataRows) {
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.maxDataRows = maxDataRows;
        startSheet();
    }

    void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + ": expected " + columns.size() + " cells, got " + values.length);
        }
        if (nextRow > maxDataRows) {
            finishSheet();
            startSheet();
        }
        Row row = sheet.createRow(nextRow++);
        for (int index = 0; index < values.length; index++) {
            cell(row, index, values[index]);
        }
    }

    /** Sets the auto-filter over the last sheet's rows. */
    void finish() {
        finishSheet();
    }

    private void cell(Row row, int index, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(index);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            cell.setCellStyle(styles.time());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date());
        } else {
            cell.setCellValue(text(value.toString()));
        }
    }

    static String text(String value) {
        String safe = SpreadsheetCells.safe(value);
        if (safe.length() <= MAX_CELL_TEXT) {
            return safe;
        }
        return safe.substring(0, MAX_CELL_TEXT - CUT_MARKER.length()) + CUT_MARKER;
    }

    private void startSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? name : name + " (" + sheets + ")");
        Row header = sheet.createRow(0);
        for (int index = 0; index < columns.size(); index++) {
            Cell cell = header.createCell(index);
            cell.setCellValue(columns.get(index).header());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(index, columns.get(index).width() * 256);
        }
        sheet.createFreezePane(0, 1);
        nextRow = 1;
    }

    private void finishSheet() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
    }
}
