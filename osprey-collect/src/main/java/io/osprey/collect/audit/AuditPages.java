package io.osprey.collect.audit;

import io.osprey.collect.CollectContext;
import io.osprey.collect.TimeWindow;
import io.osprey.collect.checkpoint.AuditWindowState;
import io.osprey.collect.checkpoint.PageState;
import io.osprey.collect.evidence.EvidenceWriter;
import io.osprey.collect.evidence.GraphPage;
import io.osprey.collect.evidence.WrittenFile;
import io.osprey.collect.http.ApiException;
import io.osprey.collect.http.ApiResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;

/**
 * Pages a finished query's records into evidence: one gzip JSON-lines file per Graph page, one
 * {@code auditLogRecord} per line, each line the record's bytes exactly as received (the form
 * {@code osprey ingest} reads as Graph audit records). Each page is recorded in the checkpoint with the link to
 * the next one, so an interrupted run continues with the next page.
 */
final class AuditPages {
    private final CollectContext context;
    private final AuditQueryClient client;

    AuditPages(CollectContext context) {
        this.context = context;
        this.client = new AuditQueryClient(context);
    }

    /** The evidence file of a page, relative to the evidence folder. */
    static String path(String fingerprint, String windowKey, int index) {
        return "graph-audit/" + fingerprint + "/" + windowKey + "/" + String.format("page-%05d.jsonl.gz", index);
    }

    void fetchAll(TimeWindow window, AuditWindowState state) throws ApiException, InterruptedException, IOException {
        URI next = state.nextLink() != null ? URI.create(state.nextLink()) : client.recordsUri(state.queryId());
        int index = state.pages().size();
        while (next != null) {
            ApiResponse response = client.page(next);
            GraphPage page = GraphPage.parse(response.body());
            index++;
            PageState saved = save(window, index, page, response.retries());
            String link = page.nextLink();
            context.checkpoint().update(acquisition -> acquisition.auditWindows()
                    .computeIfPresent(window.key(), (key, current) -> current.withPage(saved, link)));
            next = link == null ? null : URI.create(link);
        }
    }

    private PageState save(TimeWindow window, int index, GraphPage page, int retries) throws IOException {
        if (page.values().isEmpty()) {
            return new PageState(index, 0, null, 0, null, retries);
        }
        String path = path(context.fingerprint(), window.key(), index);
        try (EvidenceWriter writer = context.evidence().open(path, true)) {
            OutputStream out = writer.stream();
            for (byte[] value : page.values()) {
                out.write(value);
                out.write('\n');
            }
            WrittenFile written = writer.commit();
            return new PageState(index, page.values().size(), path, written.bytes(), written.sha256(), retries);
        }
    }

    /** Deletes the page files of a window that starts over or is split. */
    void deleteFiles(AuditWindowState state) {
        for (PageState page : state.pages()) {
            if (page.file() != null) {
                context.evidence().delete(page.file());
            }
        }
    }
}
