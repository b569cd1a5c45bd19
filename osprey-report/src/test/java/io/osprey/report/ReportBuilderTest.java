package io.osprey.report;

import io.osprey.analysis.Investigation;
import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.InvestigationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportBuilderTest {
    @TempDir
    Path reports;

    @Test
    void writesEveryOutputAndNothingElse() throws IOException {
        ReportFiles files = ReportBuilder.write(ReportCase.input(), reports);

        assertThat(files.html()).isEqualTo(reports.resolve("report.html"));
        assertThat(files.workbook()).isEqualTo(reports.resolve("report.xlsx"));
        assertThat(files.notificationList()).isEqualTo(reports.resolve("notification_list.csv"));
        assertThat(files.timesketchCsv()).isEqualTo(reports.resolve("timeline/timesketch.csv"));
        assertThat(files.timesketchJsonl()).isEqualTo(reports.resolve("timeline/timesketch.jsonl"));
        assertThat(files.sofElkJsonl()).isEqualTo(reports.resolve("timeline/sof-elk.jsonl"));
        for (Path file : files.all()) {
            assertThat(file).isRegularFile();
            assertThat(Files.size(file)).as(file.toString()).isGreaterThan(100);
        }
        try (Stream<Path> all = Files.walk(reports)) {
            assertThat(all.filter(Files::isRegularFile).map(reports::relativize).map(Path::toString))
                    .containsExactlyInAnyOrder("report.html", "report.xlsx", "notification_list.csv",
                            "timeline/timesketch.csv", "timeline/timesketch.jsonl", "timeline/sof-elk.jsonl");
        }
        assertThat(files.timeline().events()).isEqualTo(ReportCase.events().size());
        assertThat(files.timeline().findings()).isPositive();
        assertThat(files.tracedMessages()).isEqualTo(8);
        assertThat(files.notificationRows()).isEqualTo(10);
    }

    @Test
    void anEmptyCaseStillGivesEveryOutput() throws IOException {
        InvestigationResult empty = Investigation.run(InvestigationRequest.builder().build(), List.of());
        ReportFiles files = ReportBuilder.write(new ReportInput(null, null, empty, null, List.of(), null, null),
                reports);

        for (Path file : files.all()) {
            assertThat(file).isRegularFile();
        }
        String html = Files.readString(files.html());
        assertThat(html).contains("Osprey report: Osprey case", "No mailbox has MailItemsAccessed records in the case.",
                "No MailItemsAccessed record in the period.", "The hunt has not run on this case",
                "No MailItemsAccessed data: nothing can be ruled out.");
        assertThat(Files.readAllLines(files.notificationList())).hasSize(1);
        assertThat(Files.readAllLines(files.timesketchCsv())).hasSize(1);
        assertThat(Files.size(files.sofElkJsonl())).isZero();
        assertThat(files.timeline()).isEqualTo(new io.osprey.report.timeline.TimelineCounts(0, 0, 0, 0));
    }
}
