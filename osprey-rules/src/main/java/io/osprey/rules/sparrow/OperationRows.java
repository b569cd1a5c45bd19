package io.osprey.rules.sparrow;

import io.osprey.model.EventKey;
import io.osprey.rules.engine.EventView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one operation export, one per audit event (an event two rules send here is written once),
 * sorted by CreationTime then Id when the table is built.
 */
final class OperationRows {
    private static final Comparator<Map.Entry<EventKey, List<String>>> ORDER = Comparator
            .comparing((Map.Entry<EventKey, List<String>> entry) -> time(entry.getKey()))
            .thenComparing(entry -> String.valueOf(entry.getKey().recordId()))
            .thenComparing(entry -> String.valueOf(entry.getKey().operation()));

    private final SparrowSchema schema;
    private final Map<EventKey, List<String>> rows = new LinkedHashMap<>();

    OperationRows(SparrowSchema schema) {
        this.schema = schema;
    }

    void add(EventView view) {
        rows.computeIfAbsent(view.event().key(), key -> schema.row(view));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    SparrowTable table(String relativePath) {
        List<Map.Entry<EventKey, List<String>>> entries = new ArrayList<>(rows.entrySet());
        entries.sort(ORDER);
        return new SparrowTable(relativePath, schema.columns(), entries.stream().map(Map.Entry::getValue).toList());
    }

    private static Instant time(EventKey key) {
        return key.creationTime() == null ? Instant.MIN : key.creationTime();
    }
}
