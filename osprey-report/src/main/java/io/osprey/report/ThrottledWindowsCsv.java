package io.osprey.report;

import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.analysis.ProbableThrottle;
import io.osprey.analysis.TimeWindow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * throttled_windows.csv: the flagged windows (Kind {@code throttled}, from IsThrottled records) and the
 * inferred ones (Kind {@code probable}, a warning).
 */
final class ThrottledWindowsCsv {
    static final List<String> HEADER = List.of("Mailbox", "Kind", "StartUtc", "EndUtc", "UnderInvestigation",
            "Detail");

    private ThrottledWindowsCsv() {
    }

    static void write(InvestigationResult result, Path file) throws IOException {
        try (CsvTable table = new CsvTable(file, HEADER)) {
            for (MailboxInvestigation mailbox : result.mailboxes()) {
                for (TimeWindow window : mailbox.throttledWindows()) {
                    table.row(mailbox.mailbox(), "throttled", Cells.time(window.start()), Cells.time(window.end()),
                            mailbox.underInvestigation(), "24 hours after each record with IsThrottled true, merged");
                }
                for (ProbableThrottle probable : mailbox.probableThrottling()) {
                    table.row(mailbox.mailbox(), "probable", Cells.time(probable.assumedUnaudited().start()),
                            Cells.time(probable.assumedUnaudited().end()), mailbox.underInvestigation(),
                            probable.recordsInPrevious24h() + " records in the previous 24 hours, then no Bind record "
                                    + (probable.nextBindRecord() == null ? "until the end of the data"
                                    : "until " + Cells.time(probable.nextBindRecord())));
                }
            }
            table.complete();
        }
    }
}
