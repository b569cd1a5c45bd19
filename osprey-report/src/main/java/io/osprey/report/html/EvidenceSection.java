package io.osprey.report.html;

import io.osprey.report.ManifestFile;
import io.osprey.report.ReportData;

import java.util.List;

/** The evidence manifest: every input file with its hash and what became of its records. */
final class EvidenceSection {
    private EvidenceSection() {
    }

    static void write(HtmlOut out, ReportData data) {
        List<ManifestFile> files = data.input().manifest();
        out.open("section", "id", "evidence").element("h2", "Evidence manifest");
        long read = 0;
        long ingested = 0;
        long duplicates = 0;
        long rejected = 0;
        long degraded = 0;
        for (ManifestFile file : files) {
            read += file.recordsRead();
            ingested += file.ingested();
            duplicates += file.duplicates();
            rejected += file.rejected();
            degraded += file.degraded();
        }
        out.element("p", files.size() + " evidence file(s): " + Times.count(read) + " records read, "
                + Times.count(ingested) + " ingested, " + Times.count(duplicates) + " duplicates, "
                + Times.count(rejected) + " rejected (reasons in the ingest output), " + Times.count(degraded)
                + " degraded by their export (message ids may be lost). The case's manifest.json is the record of"
                + " custody.", "class", "note");
        DataTable table = new DataTable(out, "evidence-table", List.of(DataTable.Header.text("File"),
                DataTable.Header.text("SHA-256"), DataTable.Header.select("Format"),
                DataTable.Header.number("Read"), DataTable.Header.number("Ingested"),
                DataTable.Header.number("Duplicates"), DataTable.Header.number("Rejected"),
                DataTable.Header.number("Degraded")), 50);
        for (ManifestFile file : files) {
            table.startRow().mono(file.path(), 160).mono(file.sha256(), 64).cell(file.format())
                    .number(file.recordsRead()).number(file.ingested()).number(file.duplicates())
                    .number(file.rejected()).number(file.degraded()).endRow();
        }
        table.end(files.size(), files.size(), "manifest.json");
        out.close("section");
    }
}
