package io.osprey.formats.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which columns of a file make a record's envelope, resolved once per file: every column but the ones the
 * reader turned into AuditData. Known wrapper columns get their canonical spelling whatever case the file used,
 * so the normalizer finds them; values are trimmed and empty cells left out.
 */
final class EnvelopeColumns {
    private final int[] indexes;
    private final String[] names;

    private EnvelopeColumns(int[] indexes, String[] names) {
        this.indexes = indexes;
        this.names = names;
    }

    static EnvelopeColumns allExcept(CsvHeader header, Collection<Integer> excluded, List<String> canonicalNames) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!excluded.contains(i)) {
                kept.add(i);
            }
        }
        int[] indexes = kept.stream().mapToInt(Integer::intValue).toArray();
        String[] names = new String[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            names[i] = canonical(header.name(indexes[i]), canonicalNames);
        }
        return new EnvelopeColumns(indexes, names);
    }

    Map<String, String> of(CsvRow row) {
        String[] values = new String[indexes.length];
        int size = 0;
        for (int i = 0; i < indexes.length; i++) {
            String value = row.cell(indexes[i]);
            if (!value.isEmpty()) {
                values[i] = value;
                size++;
            }
        }
        return size == 0 ? Map.of() : new ColumnMap(names, values, size);
    }

    private static String canonical(String name, List<String> canonicalNames) {
        String key = CsvHeader.key(name);
        for (String candidate : canonicalNames) {
            if (CsvHeader.key(candidate).equals(key)) {
                return candidate;
            }
        }
        return name;
    }
}
