package io.osprey.formats;

import io.osprey.formats.csv.CloudAppEventsCsvReader;
import io.osprey.formats.csv.ExtractorAuditDataCsvReader;
import io.osprey.formats.csv.GraphAuditCsvReader;
import io.osprey.formats.csv.MailboxAuditLogCsvReader;
import io.osprey.formats.csv.OfficeActivityCsvReader;
import io.osprey.formats.csv.PurviewCsvReader;
import io.osprey.formats.csv.UnifiedAuditLogCsvReader;
import io.osprey.formats.json.CloudAppEventsJsonReader;
import io.osprey.formats.json.GraphAuditJsonReader;
import io.osprey.formats.json.ManagementActivityJsonReader;
import io.osprey.formats.json.OfficeActivityJsonReader;
import io.osprey.formats.json.UnifiedAuditLogJsonReader;

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
        all.add(new PurviewCsvReader());
        all.add(new UnifiedAuditLogCsvReader());
        all.add(new MailboxAuditLogCsvReader());
        all.add(new GraphAuditCsvReader());
        all.add(new OfficeActivityCsvReader());
        all.add(new CloudAppEventsCsvReader());
        all.add(new ExtractorAuditDataCsvReader());

        // JSON layouts
        all.add(new ManagementActivityJsonReader());
        all.add(new GraphAuditJsonReader());
        all.add(new UnifiedAuditLogJsonReader());
        all.add(new OfficeActivityJsonReader());
        all.add(new CloudAppEventsJsonReader());
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
