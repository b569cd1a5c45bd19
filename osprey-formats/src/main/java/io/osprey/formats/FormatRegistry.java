package io.osprey.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every format reader Osprey has, registered in this one place, and content sniffing to choose between them. */
public final class FormatRegistry {
    private final List<FormatReader> readers;

    public FormatRegistry(List<FormatReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The shipped readers. Add a new format here (and a sample plus golden test beside its reader). */
    public static FormatRegistry defaults() {
        List<FormatReader> all = new ArrayList<>();
        // CSV layouts
        all.add(new io.osprey.formats.csv.PurviewCsvReader());
        all.add(new io.osprey.formats.csv.UnifiedAuditLogCsvReader());
        all.add(new io.osprey.formats.csv.MailboxAuditLogCsvReader());
        all.add(new io.osprey.formats.csv.GraphAuditCsvReader());
        all.add(new io.osprey.formats.csv.OfficeActivityCsvReader());
        all.add(new io.osprey.formats.csv.CloudAppEventsCsvReader());
        all.add(new io.osprey.formats.csv.ExtractorAuditDataCsvReader());

        // CSV layouts (io.osprey.formats.csv) and JSON layouts (io.osprey.formats.json) are added here.

        // JSON layouts
        all.add(new io.osprey.formats.json.ManagementActivityJsonReader());
        all.add(new io.osprey.formats.json.GraphAuditJsonReader());
        all.add(new io.osprey.formats.json.UnifiedAuditLogJsonReader());
        all.add(new io.osprey.formats.json.OfficeActivityJsonReader());
        all.add(new io.osprey.formats.json.CloudAppEventsJsonReader());
        return new FormatRegistry(all);
    }

    public List<FormatReader> readers() {
        return readers;
    }

    /** The reader that recognizes the input most specifically, if any does. */
    public Optional<FormatReader> detect(InputHead head) {
        return readers.stream()
                .filter(reader -> reader.sniff(head) > 0)
                .max(Comparator.comparingInt(reader -> reader.sniff(head)));
    }

    public Optional<FormatReader> byName(String name) {
        return readers.stream().filter(reader -> reader.name().equals(name)).findFirst();
    }
}
