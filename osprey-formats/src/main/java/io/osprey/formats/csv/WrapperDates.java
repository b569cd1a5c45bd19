package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
 * Reads the dates wrappers render in the exporting machine's culture, for the layouts that carry no AuditData
 * CreationTime: ISO-8601 (zone optional, 7-digit fractions), {@code 9/20/2023 4:05:03 AM} (US; day first when the
 * first number cannot be a month), {@code 20.09.2023 04:05:03}, {@code 2022-09-15 5:49:22 PM} and the Log
 * Analytics portal's {@code 8/2/2021, 1:32:07.000 PM}. A time without a zone is taken as UTC.
 */
final class WrapperDates {
    private static final int MAX_NUMBERS = 7;

    private WrapperDates() {
    }

    /** The instant the text names, or null when it is not a date this class reads. */
    static Instant parse(String text) {
        String value = text.strip();
        if (isIso(value)) {
            return parseIso(value);
        }
        return parseCultural(value);
    }

    /** Rewrites a culture-rendered AuditData CreationTime in ISO-8601 (UTC); leaves anything else as it is. */
    static void isoCreationTime(ObjectNode auditData) {
        JsonNode creationTime = auditData.get("CreationTime");
        if (creationTime != null && creationTime.isTextual() && !WrapperDates.isIso(creationTime.textValue())) {
            Instant instant = WrapperDates.parse(creationTime.textValue());
            if (instant != null) {
                auditData.put("CreationTime", instant.toString());
            }
        }
    }

    static boolean isIso(String value) {
        return value.length() >= 19 && value.charAt(4) == '-' && value.charAt(10) == 'T';
    }

    private static Instant parseIso(String value) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }

    private static Instant parseCultural(String value) {
        long[] numbers = new long[MAX_NUMBERS];
        int[] digits = new int[MAX_NUMBERS];
        int count = 0;
        char dateSeparator = 0;
        for (int i = 0; i < value.length() && count < MAX_NUMBERS; ) {
            char c = value.charAt(i);
            if (Character.isDigit(c)) {
                int start = i;
                while (i < value.length() && Character.isDigit(value.charAt(i)) && i - start < 18) {
                    numbers[count] = numbers[count] * 10 + (value.charAt(i) - '0');
                    i++;
                }
                digits[count++] = i - start;
                if (count == 1 && i < value.length()) {
                    dateSeparator = value.charAt(i);
                }
            } else {
                i++;
            }
        }
        if (count < 5) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        boolean pm = upper.endsWith("PM");
        boolean am = upper.endsWith("AM");
        return assemble(numbers, digits, count, dateSeparator, am, pm);
    }

    private static Instant assemble(long[] numbers, int[] digits, int count, char separator, boolean am, boolean pm) {
        long year;
        long month;
        long day;
        if (digits[0] == 4) {
            year = numbers[0];
            month = numbers[1];
            day = numbers[2];
        } else {
            boolean dayFirst = separator != '/' || numbers[0] > 12;
            day = dayFirst ? numbers[0] : numbers[1];
            month = dayFirst ? numbers[1] : numbers[0];
            year = digits[2] == 2 ? 2000 + numbers[2] : numbers[2];
        }
        long hour = numbers[3];
        if (pm && hour < 12) {
            hour += 12;
        } else if (am && hour == 12) {
            hour = 0;
        }
        long second = count > 5 ? numbers[5] : 0;
        long nanos = count > 6 ? fractionNanos(numbers[6], digits[6]) : 0;
        try {
            return LocalDateTime.of((int) year, (int) month, (int) day, (int) hour, (int) numbers[4], (int) second,
                    (int) nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static long fractionNanos(long fraction, int digits) {
        long nanos = fraction;
        for (int i = digits; i < 9; i++) {
            nanos *= 10;
        }
        for (int i = digits; i > 9; i--) {
            nanos /= 10;
        }
        return nanos;
    }
}
