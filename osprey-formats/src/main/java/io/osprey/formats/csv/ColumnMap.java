package io.osprey.formats.csv;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable envelope map that shares its column names with every row of the file and holds only the row's
 * values (null for an empty cell, which the map leaves out): one small array per row instead of a hash map.
 */
final class ColumnMap extends AbstractMap<String, String> {
    private final String[] names;
    private final String[] values;
    private final int size;

    ColumnMap(String[] names, String[] values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null && names[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Entries();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private final class Entries implements Iterator<Entry<String, String>> {
        private int next = advance(0);

        private int advance(int from) {
            int index = from;
            while (index < values.length && values[index] == null) {
                index++;
            }
            return index;
        }

        @Override
        public boolean hasNext() {
            return next < values.length;
        }

        @Override
        public Entry<String, String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Entry<String, String> entry = new SimpleImmutableEntry<>(names[next], values[next]);
            next = advance(next + 1);
            return entry;
        }
    }
}
