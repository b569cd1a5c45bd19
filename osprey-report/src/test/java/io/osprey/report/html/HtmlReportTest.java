package io.osprey.report.html;

import io.osprey.report.ReportCase;
import io.osprey.report.ReportData;
import io.osprey.report.ReportInput;
import io.osprey.report.messagetrace.TracedMessages;
import io.osprey.report.notification.NotificationList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML report as text: hostile strings only escaped, no external resources, every section present. */
class HtmlReportTest {
    private static String html;

    @BeforeAll
    static void writeReport(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        HtmlReport.write(data(ReportCase.shared()), file);
        html = Files.readString(file, StandardCharsets.UTF_8);
    }

    static ReportData data(ReportInput input) {
        TracedMessages trace = TracedMessages.of(input.messageTrace());
        return new ReportData(input, trace, NotificationList.build(input.investigation(), trace));
    }

    @Test
    void hostileStringsAppearOnlyEscaped() {
        assertThat(html).doesNotContain(ReportCase.SCRIPT, ReportCase.ATTRIBUTE_BREAKER, "<img", "onerror=\"",
                "'quoted'", "'urgent'");
        String script = "&lt;script&gt;alert(1)&lt;/script&gt;";
        String breaker = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
        assertThat(count(html, script)).as("escaped script tags: title, client strings, folder, subject, rule name,"
                + " file").isGreaterThanOrEqualTo(7);
        assertThat(html).contains("\\Inbox" + breaker + "&#39;x " + script)
                .contains(">" + breaker + "<")
                .contains("Payment " + script + " &#39;urgent&#39;")
                .contains("title=\"Client=REST;" + script)
                .contains("&#39;quoted&#39; " + breaker)
                .contains(script + "&#39;rule&#39;" + breaker)
                .contains("<title>Osprey report: Contoso " + script + "</title>");
    }

    @Test
    void onlyTheReportsOwnTwoScriptsAndTheyMatchThePolicy() throws Exception {
        assertThat(count(html, "<script")).isEqualTo(2);
        Matcher scripts = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        Matcher policy = Pattern.compile("content=\"([^\"]*script-src[^\"]*)\"").matcher(html);
        assertThat(policy.find()).isTrue();
        assertThat(policy.group(1)).startsWith("default-src &#39;none&#39;");
        while (scripts.find()) {
            String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(scripts.group(1).getBytes(StandardCharsets.UTF_8)));
            assertThat(policy.group(1)).contains("&#39;sha256-" + hash + "&#39;");
        }
    }

    @Test
    void loadsNothingFromOutside() {
        assertThat(html).doesNotContainPattern("(?i)<(link|img|iframe|object|embed)\\b")
                .doesNotContainPattern("(?i)\\s(src|href)=\"(?!#)")
                .doesNotContainPattern("(?i)url\\((?!#)")
                .doesNotContain("@import");
    }

    @Test
    void hasEverySection() {
        for (String id : new String[]{"summary", "timeline", "messages", "contexts", "findings", "notification",
                "coverage", "evidence", "method"}) {
            assertThat(html).contains("<section id=\"" + id + "\">");
            assertThat(html).contains("href=\"#" + id + "\"");
        }
        assertThat(html).contains("<table id=\"summary-table\"", "<table id=\"messages-table\"",
                "<table id=\"contexts-table\"", "<table id=\"findings-table\"", "<table id=\"notification-table\"",
                "<table id=\"evidence-table\"");
    }

    @Test
    void summaryIsWorstFirstWithAReason() {
        int victim = html.indexOf(">victim@contoso.com</td>");
        int cfo = html.indexOf(">cfo@contoso.com</td>");
        int quiet = html.indexOf(">quiet@contoso.com</td>");
        assertThat(victim).isPositive().isLessThan(cfo);
        assertThat(cfo).isLessThan(quiet);
        assertThat(html).contains("class=\"verdict verdict-assume-full-compromise\">Assume full compromise</span>")
                .contains("Throttled while under investigation: 1 window(s)")
                .contains("class=\"verdict verdict-folders-synced\">Folders synced</span>");
    }

    @Test
    void chartsMarkThrottlingSyncsAndCoverage() {
        assertThat(html).contains("fill=\"url(#timeline-throttled)\"")
                .contains("<title>Throttled from 2025-02-05T08:12:00Z to 2025-02-06T08:12:00Z")
                .contains("<title>Sync by attacker context: \\Inbox")
                .contains("fill=\"#d32f2f\"")
                .doesNotContain("Sync by user context")
                .contains("<title>victim@contoso.com: throttled (not audited in part) on 1 day(s) (first 2025-02-05),"
                        + " 5 record(s)</title>")
                .contains("<title>victim@contoso.com: no MailItemsAccessed record on 1 day(s) (first 2025-02-04),"
                        + " 0 record(s)</title>")
                .contains("<title>quiet@contoso.com: audited on 5 day(s) (first 2025-02-01), 6 record(s)</title>")
                .contains("<title>quiet@contoso.com: 5 day(s) audited</title>");
    }

    @Test
    void methodAndCaveatsNameTheLimits() {
        assertThat(html).contains("2-minute interval", "within one hour", "lower bounds", "Throttling:",
                "up to 24 hours to store an event", "All times are UTC");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int index = text.indexOf(part); index >= 0; index = text.indexOf(part, index + 1)) {
            count++;
        }
        return count;
    }
}
