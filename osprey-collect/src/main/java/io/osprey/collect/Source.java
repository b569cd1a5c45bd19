package io.osprey.collect;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code osprey collect} can acquire. */
public enum Source {
    /** Microsoft Graph audit log query API: the audit log within its retention. */
    AUDIT("audit"),
    /** Office 365 Management Activity API: content blobs of the last 7 days. */
    ACTIVITY_API("activity-api"),
    /** Microsoft Graph directory data: domains, federation, service principals, grants, applications. */
    DIRECTORY("directory"),
    /** Microsoft Entra sign-in logs. */
    SIGNINS("signins");

    private final String cliName;

    Source(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** True for the sources whose evidence holds audit records {@code osprey ingest} reads. */
    public boolean yieldsAuditRecords() {
        return this == AUDIT || this == ACTIVITY_API;
    }

    public static Source fromName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Source source : values()) {
            if (source.cliName.equals(wanted)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown source '" + name + "'; expected one of "
                + Arrays.stream(values()).map(Source::cliName).collect(Collectors.joining(", ")));
    }
}
