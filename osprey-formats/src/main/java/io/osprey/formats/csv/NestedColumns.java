package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** A group of columns that together make one nested AuditData object (e.g. FolderId and FolderPathName: Folder). */
final class NestedColumns {
    private final int[] indexes;
    private final String[] names;

    /** @param pairs column name, AuditData name, column name, AuditData name, ... */
    NestedColumns(CsvHeader header, String[] pairs) {
        List<Integer> found = new ArrayList<>();
        List<String> fieldNames = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            int index = header.indexOf(pairs[i]);
            if (index >= 0) {
                found.add(index);
                fieldNames.add(pairs[i + 1]);
            }
        }
        this.indexes = found.stream().mapToInt(Integer::intValue).toArray();
        this.names = fieldNames.toArray(String[]::new);
    }

    List<Integer> indexes() {
        List<Integer> list = new ArrayList<>();
        for (int index : indexes) {
            list.add(index);
        }
        return list;
    }

    /** Adds the object under {@code name} when any of its cells has a value; returns it, or null. */
    ObjectNode addTo(ObjectNode auditData, String name, CsvRow row) {
        ObjectNode nested = null;
        for (int i = 0; i < indexes.length; i++) {
            String value = row.value(indexes[i]);
            if (!value.isEmpty()) {
                if (nested == null) {
                    nested = auditData.putObject(name);
                }
                nested.put(names[i], value);
            }
        }
        return nested;
    }
}
