package io.osprey.store.ingest;

import java.util.List;

/** The outcome of an ingest run (or, in the manifest, of every run of a case): per input and in total. */
public record IngestSummary(List<FileSummary> files) {
    public IngestSummary {
        files = List.copyOf(files);
    }

    public long recordsRead() {
        return files.stream().mapToLong(FileSummary::recordsRead).sum();
    }

    public long recordsIngested() {
        return files.stream().mapToLong(FileSummary::recordsIngested).sum();
    }

    public long duplicates() {
        return files.stream().mapToLong(FileSummary::duplicates).sum();
    }

    public long rejected() {
        return files.stream().mapToLong(FileSummary::rejected).sum();
    }

    public long degraded() {
        return files.stream().mapToLong(FileSummary::degraded).sum();
    }

    /** True when every input was recognized and read. */
    public boolean everyInputRead() {
        return files.stream().allMatch(FileSummary::wasRead);
    }
}
