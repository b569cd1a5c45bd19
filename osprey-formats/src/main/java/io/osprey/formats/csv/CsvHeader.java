package io.osprey.formats.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import io.osprey.formats.InputHead;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The column names of a CSV export, looked up by name case-insensitively (column order varies between exporters).
 * Names are matched trimmed and without the {@code " [UTC]"} suffix the Log Analytics portal adds to date columns.
 */
public final class CsvHeader {
    private static final String UTC_SUFFIX = " [utc]";

    private final List<String> names;
    private final Map<String, Integer> indexByKey;

    private CsvHeader(List<String> names) {
        this.names = names.stream().map(String::strip).toList();
        this.indexByKey = new HashMap<>();
        for (int i = 0; i < this.names.size(); i++) {
            indexByKey.putIfAbsent(key(this.names.get(i)), i);
        }
    }

    public static CsvHeader of(List<String> names) {
        return new CsvHeader(names);
    }

    /** The header of the input the head starts, if it looks like a CSV header at all. */
    public static Optional<CsvHeader> fromHead(InputHead head) {
        char first = head.firstSignificantChar();
        if (first == 0 || first == '{' || first == '[') {
            return Optional.empty();
        }
        String line = head.headerLine();
        if (line.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CsvHeader(CsvFiles.builder().ofSingleCsvRecord(line).getFields()));
        } catch (CsvParseException notCsv) {
            return Optional.empty();
        }
    }

    public int size() {
        return names.size();
    }

    /** The column's name as the file wrote it (trimmed). */
    public String name(int index) {
        return names.get(index);
    }

    public List<String> names() {
        return names;
    }

    /** The index of the column, or -1 when the header lacks it. */
    public int indexOf(String name) {
        Integer index = indexByKey.get(key(name));
        return index == null ? -1 : index;
    }

    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    public boolean hasAll(String... wanted) {
        for (String name : wanted) {
            if (!has(name)) {
                return false;
            }
        }
        return true;
    }

    public boolean hasAny(String... wanted) {
        for (String name : wanted) {
            if (has(name)) {
                return true;
            }
        }
        return false;
    }

    /** True when the header is exactly these columns in this order (case-insensitively). */
    public boolean isExactly(String... wanted) {
        if (wanted.length != names.size()) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (!key(names.get(i)).equals(key(wanted[i]))) {
                return false;
            }
        }
        return true;
    }

    static String key(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty() && key.charAt(0) == '\uFEFF') {
            key = key.substring(1);
        }
        return key.endsWith(UTC_SUFFIX) ? key.substring(0, key.length() - UTC_SUFFIX.length()) : key;
    }
}
