package io.osprey.report.html;

import io.osprey.analysis.InvestigationResult;
import io.osprey.report.AtomicFile;
import io.osprey.report.ReportData;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * report.html: one self-contained page (inline CSS, inline script, SVG charts drawn here), no external
 * resource, readable offline. A Content-Security-Policy allows only the page's own two scripts, by hash, so
 * even markup that slipped through escaping could not run script. Every evidence value is escaped by
 * {@link Html}; tables stay usable for thousands of mailboxes through the script's paging and filtering.
 */
public final class HtmlReport {
    private static final String RESOURCES = "/io/osprey/report/html/";
    private static final int HEADER_INDICATORS = 6;
    private static final List<String[]> SECTIONS = List.of(new String[]{"summary", "Summary"},
            new String[]{"timeline", "Timeline"}, new String[]{"messages", "Accessed messages"},
            new String[]{"contexts", "Contexts"}, new String[]{"findings", "Hunt findings"},
            new String[]{"notification", "Notification list"}, new String[]{"coverage", "Coverage"},
            new String[]{"evidence", "Evidence"}, new String[]{"method", "Method and caveats"});

    private HtmlReport() {
    }

    public static void write(ReportData data, Path file) throws IOException {
        AtomicFile atomic = new AtomicFile(file);
        boolean complete = false;
        try {
            try (Writer writer = new BufferedWriter(Files.newBufferedWriter(atomic.temporary(),
                    StandardCharsets.UTF_8), 1 << 16)) {
                page(new HtmlOut(writer), data);
            } catch (UncheckedIOException failure) {
                throw failure.getCause();
            }
            atomic.commit();
            complete = true;
        } finally {
            if (!complete) {
                atomic.discard();
            }
        }
    }

    static void page(HtmlOut out, ReportData data) {
        String errors = resource("errors.js");
        String script = resource("report.js");
        out.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.open("meta", "http-equiv", "Content-Security-Policy", "content", policy(errors, script));
        out.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        out.open("meta", "name", "generator", "content", "Osprey");
        out.element("title", "Osprey report: " + data.input().caseName());
        out.raw("<style>").raw(resource("report.css")).raw("</style>\n");
        out.raw("<script>").raw(errors).raw("</script>\n</head>\n<body>\n");
        header(out, data);
        out.raw("<main>\n");
        SummarySection.write(out, data);
        ActivitySections.timeline(out, data);
        MessagesSection.write(out, data);
        ContextsSection.write(out, data);
        FindingsSection.write(out, data);
        NotificationSection.write(out, data);
        ActivitySections.coverage(out, data);
        CoverageGapsSection.write(out, data);
        EvidenceSection.write(out, data);
        MethodSection.write(out, data);
        out.raw("</main>\n<script>").raw(script).raw("</script>\n</body></html>\n");
    }

    private static void header(HtmlOut out, ReportData data) {
        InvestigationResult result = data.input().investigation();
        out.open("header", "class", "report-header").element("h1", "Osprey report: " + data.input().caseName());
        out.open("div", "class", "meta");
        out.element("span", "Period: " + (result.periodStart() == null ? "no data"
                : Times.display(result.periodStart()) + " to " + Times.display(result.periodEnd())));
        if (data.input().generatedAt() != null) {
            out.element("span", "Generated: " + Times.display(data.input().generatedAt()));
        }
        out.element("span", "Indicators: " + indicators(result));
        out.element("span", "Times in UTC");
        out.close("div").close("header");
        out.open("nav", "class", "report-nav");
        for (String[] section : SECTIONS) {
            out.element("a", section[1], "href", "#" + section[0]);
        }
        out.close("nav");
    }

    /** The first few indicators; Method and caveats lists them all. */
    private static String indicators(InvestigationResult result) {
        if (result.iocs().isEmpty()) {
            return "none (suspicion rules ranked contexts)";
        }
        List<String> texts = result.iocs().stream().map(ioc -> ioc.text()).toList();
        if (texts.size() <= HEADER_INDICATORS) {
            return String.join(", ", texts);
        }
        return String.join(", ", texts.subList(0, HEADER_INDICATORS)) + " and " + (texts.size() - HEADER_INDICATORS)
                + " more (see Method and caveats)";
    }

    /** Only the page's own scripts (by hash) and inline styles; nothing is fetched. */
    static String policy(String... scripts) {
        StringBuilder policy = new StringBuilder("default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
                + " base-uri 'none'; form-action 'none'; script-src");
        for (String script : scripts) {
            policy.append(" 'sha256-").append(sha256(script)).append('\'');
        }
        return policy.toString();
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", impossible);
        }
    }

    static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing report resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
