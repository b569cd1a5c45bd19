package io.osprey.report.html;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the report shows times and counts: UTC with a Z, to the second; counts with thousands separators. */
final class Times {
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String display(Instant time) {
        return time == null ? "" : DISPLAY.format(time);
    }

    static String day(Instant time) {
        return time == null ? "" : DAY.format(time);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
