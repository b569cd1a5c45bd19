package io.osprey.report.messagetrace;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The time forms message trace exports use, all UTC: ISO-8601 with or without a zone and with a space or a
 * {@code T} ({@code 2025-02-11T08:14:52.1234567Z}, {@code 2025-02-11 08:14:52}), and the PowerShell culture
 * forms {@code 2/11/2025 8:14:52 AM} (month first with slashes unless the first number cannot be a month) and
 * {@code 11.02.2025 08:14:52} (day first with dots or dashes). A time without a zone is UTC: Exchange Online
 * writes message trace times in UTC.
 */
final class TraceDates {
    private TraceDates() {
    }

    /** The instant, or null when the text is not one of the forms above. */
    static Instant parse(String text) {
        String value = text.strip();
        if (value.length() >= 19 && value.charAt(4) == '-' && (value.charAt(10) == 'T' || value.charAt(10) == ' ')) {
            return iso(value.charAt(10) == ' ' ? value.substring(0, 10) + 'T' + value.substring(11) : value);
        }
        return cultural(value);
    }

    private static Instant iso(String value) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }

    private static Instant cultural(String value) {
        int[] numbers = new int[6];
        int count = 0;
        char separator = 0;
        int index = 0;
        while (index < value.length() && count < numbers.length) {
            char c = value.charAt(index);
            if (c < '0' || c > '9') {
                index++;
                continue;
            }
            int start = index;
            long number = 0;
            while (index < value.length() && value.charAt(index) >= '0' && value.charAt(index) <= '9') {
                number = number * 10 + (value.charAt(index) - '0');
                if (index - start > 6) {
                    return null;
                }
                index++;
            }
            if (count == 0 && index < value.length()) {
                separator = value.charAt(index);
            }
            numbers[count++] = (int) number;
        }
        if (count < 5) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        return assemble(numbers, separator, upper.endsWith("AM"), upper.endsWith("PM"));
    }

    private static Instant assemble(int[] numbers, char separator, boolean am, boolean pm) {
        boolean dayFirst = separator != '/' || numbers[0] > 12;
        int day = dayFirst ? numbers[0] : numbers[1];
        int month = dayFirst ? numbers[1] : numbers[0];
        int year = numbers[2] < 100 ? 2000 + numbers[2] : numbers[2];
        int hour = numbers[3];
        if ((am || pm) && (hour < 1 || hour > 12)) {
            return null;
        }
        if (pm && hour < 12) {
            hour += 12;
        } else if (am && hour == 12) {
            hour = 0;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, numbers[4], numbers[5]).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notADate) {
            return null;
        }
    }
}
