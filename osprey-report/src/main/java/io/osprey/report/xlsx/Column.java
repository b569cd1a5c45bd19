package io.osprey.report.xlsx;

/** A workbook column: its header and its width in characters. */
record Column(String header, int width) {
    static Column of(String header) {
        return new Column(header, Math.max(12, Math.min(40, header.length() + 4)));
    }

    static Column wide(String header) {
        return new Column(header, 60);
    }

    static Column time(String header) {
        return new Column(header, 20);
    }
}
