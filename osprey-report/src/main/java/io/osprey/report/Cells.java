package io.osprey.report;

import java.time.Instant;
import java.util.List;

/** Cell texts shared by the writers: UTC times with a Z, lists joined. */
public final class Cells {
    private Cells() {
    }

    /** ISO-8601 UTC with a Z, e.g. 2025-02-11T08:14:52Z; empty when absent. */
    public static String time(Instant time) {
        return time == null ? "" : time.toString();
    }

    /** Ids joined with ";". */
    public static String ids(List<String> ids) {
        return String.join(";", ids);
    }

    /** Folder paths or sentences joined with "; ". */
    public static String list(List<String> values) {
        return String.join("; ", values);
    }
}
