package io.osprey.report.xlsx;

import io.osprey.report.AtomicFile;
import io.osprey.report.ReportData;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * report.xlsx: one sheet per table (Summary, Accessed messages, Contexts, Throttled windows, Syncs, Findings,
 * Notification list, Evidence files, About), each with a frozen, filtered header row. Written with Apache POI's
 * streaming workbook, so memory stays flat however many rows; the file appears complete or not at all.
 */
public final class WorkbookWriter {
    /** Rows POI keeps in memory per sheet before flushing them to its temporary file. */
    private static final int ROW_WINDOW = 200;

    private WorkbookWriter() {
    }

    public static void write(ReportData data, Path file) throws IOException {
        AtomicFile atomic = new AtomicFile(file);
        boolean complete = false;
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            WorkbookStyles styles = new WorkbookStyles(workbook);
            InvestigationSheets investigation = new InvestigationSheets(workbook, styles, data.input().investigation());
            CaseSheets sheets = new CaseSheets(workbook, styles);
            investigation.summary();
            investigation.accessedMessages(data.trace());
            investigation.contexts();
            investigation.throttledWindows();
            investigation.syncs();
            sheets.findings(data.input().hunt());
            sheets.notificationList(data.notifications());
            sheets.evidence(data.input().manifest());
            sheets.about(data);
            try (OutputStream out = Files.newOutputStream(atomic.temporary())) {
                workbook.write(out);
            }
            atomic.commit();
            complete = true;
        } finally {
            workbook.dispose();
            workbook.close();
            if (!complete) {
                atomic.discard();
            }
        }
    }
}
