package io.osprey.report.html;

import io.osprey.report.ReportCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads report.html in headless Chromium (Debian's package; the test fails, never skips, without it): the
 * script runs without a console message or error, tables and pagers are initialized, hostile strings stay text,
 * and a screenshot shows the summary's colours.
 */
class HtmlReportBrowserTest {
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 2000;

    @TempDir
    static Path dir;
    private static Path report;

    @BeforeAll
    static void writeReport() throws IOException {
        report = dir.resolve("report.html");
        HtmlReport.write(HtmlReportTest.data(ReportCase.shared()), report);
    }

    @Test
    void scriptRunsWithoutErrorsAndInitializesTheTables() throws Exception {
        Chromium.Run run = new Chromium(dir).dumpDom(report);
        String dom = run.stdout();

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.consoleLines()).as("console messages").isEmpty();
        assertThat(dom).containsPattern("<body[^>]*data-ready=\"true\"")
                .doesNotContainPattern("<body[^>]*data-js-errors").doesNotContain("<pre class=\"js-error\"");
        for (String table : new String[]{"summary-table", "messages-table", "contexts-table", "findings-table",
                "notification-table", "evidence-table"}) {
            assertThat(dom).containsPattern("<table id=\"" + table + "\"[^>]*data-initialized=\"true\"");
        }
        assertThat(dom).contains("class=\"table-filter\"", "class=\"table-select\"", "class=\"table-pager\"",
                "Rows 1–3 of 3", "Rows 1–10 of 10", "All: Attribution");
        assertThat(dom).containsPattern("<div class=\"pages\"[^>]*data-initialized=\"true\"");
    }

    @Test
    void hostileStringsStayTextInTheRenderedPage() throws Exception {
        String dom = new Chromium(dir).dumpDom(report).stdout();

        assertThat(dom).doesNotContain("<img", "<script>alert(1)</script>");
        assertThat(dom).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(dom.split("<script", -1)).hasSize(3);
    }

    @Test
    void screenshotShowsTheSummary() throws Exception {
        Path png = dir.resolve("report.png");
        Chromium.Run run = new Chromium(dir).screenshot(report, png, WIDTH, HEIGHT);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.consoleLines()).as("console messages").isEmpty();
        assertThat(png).isRegularFile();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        Set<Integer> summaryColours = colours(image, 0, 0, WIDTH, 700);
        assertThat(summaryColours.size()).as("distinct colours in the summary").isGreaterThan(50);
        assertThat(summaryColours).as("header, full-compromise verdict, folders-synced verdict, no-evidence verdict")
                .contains(0x1e3a5f, 0x8e0000, 0xe65100, 0x2e7d32);
        assertThat(colours(image, 0, 700, WIDTH, HEIGHT).size()).as("the page below the summary is drawn too")
                .isGreaterThan(50);
        assertThat(Files.size(png)).isGreaterThan(20_000);
    }

    private static Set<Integer> colours(BufferedImage image, int left, int top, int right, int bottom) {
        Set<Integer> colours = new HashSet<>();
        for (int y = top; y < bottom; y += 2) {
            for (int x = left; x < right; x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours;
    }
}
