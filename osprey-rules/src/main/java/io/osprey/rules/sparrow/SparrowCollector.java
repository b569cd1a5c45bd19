package io.osprey.rules.sparrow;

import io.osprey.rules.engine.EventView;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the rows of the Sparrow operation exports during the hunt's single pass. Every export is produced,
 * empty ones with their header only, so a reader can tell "checked, nothing found" from "not checked".
 */
public final class SparrowCollector {
    private final Map<SparrowExport, OperationRows> exports = new EnumMap<>(SparrowExport.class);

    public SparrowCollector() {
        for (SparrowExport export : SparrowExport.values()) {
            exports.put(export, new OperationRows(export.schema()));
        }
    }

    public void add(SparrowExport export, EventView view) {
        exports.get(export).add(view);
    }

    public List<SparrowTable> tables() {
        List<SparrowTable> tables = new ArrayList<>();
        exports.forEach((export, rows) -> tables.add(rows.table(export.fileName())));
        return tables;
    }
}
