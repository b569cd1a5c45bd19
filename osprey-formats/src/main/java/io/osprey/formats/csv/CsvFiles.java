package io.osprey.formats.csv;

import de.siegmar.fastcsv.reader.CsvReader;

/** The one FastCSV configuration every CSV layout is read with: RFC 4180, lenient about what exporters get wrong. */
final class CsvFiles {
    private CsvFiles() {
    }

    static CsvReader.CsvReaderBuilder builder() {
        return CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true);
    }
}
