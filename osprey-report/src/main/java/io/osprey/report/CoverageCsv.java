package io.osprey.report;

import io.osprey.analysis.DayCoverage;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.MailboxInvestigation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** coverage.csv: MailItemsAccessed coverage per mailbox and UTC day of the period. */
final class CoverageCsv {
    static final List<String> HEADER = List.of("Mailbox", "DateUtc", "Status", "Records", "BindRecords",
            "SyncRecords", "ThrottledRecords", "ItemsListed");

    private CoverageCsv() {
    }

    static void write(InvestigationResult result, Path file) throws IOException {
        try (CsvTable table = new CsvTable(file, HEADER)) {
            for (MailboxInvestigation mailbox : result.mailboxes()) {
                for (DayCoverage day : mailbox.coverage()) {
                    table.row(mailbox.mailbox(), day.day(), day.status(), day.records(), day.bindRecords(),
                            day.syncRecords(), day.throttledRecords(), day.itemsListed());
                }
            }
            table.complete();
        }
    }
}
