package io.osprey.rules.sparrow;

import java.util.List;

/**
 * One CSV of the hunt's Sparrow-compatible output.
 *
 * @param relativePath the path under {@code reports/hunt/sparrow/}, with forward slashes
 *                     ({@code AppInvestigations/MailItems_Operations_Export.csv})
 * @param columns      the header; the first column is {@code Id} for operation exports
 * @param rows         the rows, each as long as the header
 */
public record SparrowTable(String relativePath, List<String> columns, List<List<String>> rows) {
    public SparrowTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
