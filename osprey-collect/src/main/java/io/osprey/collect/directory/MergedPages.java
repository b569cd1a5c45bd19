package io.osprey.collect.directory;

import io.osprey.collect.CollectContext;
import io.osprey.collect.evidence.EvidenceWriter;
import io.osprey.collect.evidence.GraphPage;
import io.osprey.collect.evidence.WrittenFile;
import io.osprey.collect.http.ApiException;
import io.osprey.collect.http.ApiRequest;
import io.osprey.collect.http.ApiResponse;
import io.osprey.collect.http.BodyCheck;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fetches one or more Graph collections, following {@code @odata.nextLink}, and streams every object of every
 * page into one evidence file {@code {"value":[...]}}; each object keeps its bytes as received. The file gets
 * its final name only when the last page is in.
 */
final class MergedPages {
    private MergedPages() {
    }

    /** What was saved. */
    record Saved(WrittenFile file, long records, int pages, int retries) {
    }

    static Saved fetch(CollectContext context, List<URI> collections, String relativePath, boolean gzip,
                       Consumer<byte[]> eachObject) throws ApiException, InterruptedException, IOException {
        String scope = context.endpoints().cloud().graphScope();
        long records = 0;
        int pages = 0;
        int retries = 0;
        try (EvidenceWriter writer = context.evidence().open(relativePath, gzip)) {
            OutputStream out = writer.stream();
            out.write("{\"value\":[".getBytes(StandardCharsets.US_ASCII));
            for (URI collection : collections) {
                URI next = collection;
                while (next != null) {
                    ApiResponse response = context.api().send(ApiRequest.get(next, scope, BodyCheck.JSON));
                    GraphPage page = GraphPage.parse(response.body());
                    for (byte[] value : page.values()) {
                        if (records > 0) {
                            out.write(',');
                        }
                        out.write(value);
                        eachObject.accept(value);
                        records++;
                    }
                    pages++;
                    retries += response.retries();
                    next = page.nextLink() == null ? null : URI.create(page.nextLink());
                }
            }
            out.write("]}".getBytes(StandardCharsets.US_ASCII));
            return new Saved(writer.commit(), records, pages, retries);
        }
    }
}
