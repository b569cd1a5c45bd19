package io.osprey.normalize;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Parses the time forms audit exports write, without regular expressions or exceptions on the normal path:
 * <ul>
 *   <li>ISO-8601 date-time: {@code 2023-09-15T18:16:53} (no zone means UTC), a fraction of any length
 *       ({@code 2021-08-02T13:32:07.0000000Z}), {@code Z} or an offset ({@code +02:00}, {@code +0200},
 *       {@code +02}); a space may replace the {@code T}</li>
 *   <li>the PowerShell JSON form {@code /Date(1695182703000)/}</li>
 *   <li>only where asked ({@link #parseWrapperDate}), the US culture form {@code 9/20/2023 4:05:03 AM}
 *       (PowerShell CSV exports render wrapper dates in the exporter's culture, read as UTC)</li>
 * </ul>
 */
final class AuditTimes {
    private static final long SECONDS_PER_DAY = 86_400;

    private AuditTimes() {
    }

    /** An AuditData time: ISO-8601 or PowerShell {@code /Date(ms)/}; null when it is neither. */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.startsWith("/Date(")) {
            return parsePowerShellDate(trimmed);
        }
        return parseIso(trimmed);
    }

    /** A wrapper (envelope) date: the AuditData forms first, the US culture form as the last resort. */
    static Instant parseWrapperDate(String text) {
        Instant instant = parse(text);
        return instant != null || text == null ? instant : parseUsDate(text.trim());
    }

    static Instant parseIso(String text) {
        int length = text.length();
        if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || (text.charAt(10) != 'T' && text.charAt(10) != ' ')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int position = 19;
        int nanos = 0;
        if (position < length && text.charAt(position) == '.') {
            int end = position + 1;
            while (end < length && isDigit(text.charAt(end))) {
                end++;
            }
            if (end == position + 1) {
                return null;
            }
            nanos = fractionNanos(text, position + 1, end);
            position = end;
        }
        Integer offsetSeconds = offsetSeconds(text, position);
        if (offsetSeconds == null) {
            return null;
        }
        return toInstant(year, month, day, hour, minute, second, nanos, offsetSeconds);
    }

    /** {@code M/d/yyyy h:mm:ss AM|PM}, or with a 24-hour clock when the AM/PM marker is absent; UTC. */
    static Instant parseUsDate(String text) {
        int firstSlash = text.indexOf('/');
        int secondSlash = firstSlash < 0 ? -1 : text.indexOf('/', firstSlash + 1);
        int space = secondSlash < 0 ? -1 : text.indexOf(' ', secondSlash + 1);
        if (space < 0) {
            return null;
        }
        int month = digits(text, 0, firstSlash);
        int day = digits(text, firstSlash + 1, secondSlash);
        int year = digits(text, secondSlash + 1, space);
        String clock = text.substring(space + 1).trim();
        int marker = clock.indexOf(' ');
        String time = marker < 0 ? clock : clock.substring(0, marker);
        String meridiem = marker < 0 ? "" : clock.substring(marker + 1).trim();
        int firstColon = time.indexOf(':');
        int secondColon = firstColon < 0 ? -1 : time.indexOf(':', firstColon + 1);
        if (secondColon < 0 || year < 1000) {
            return null;
        }
        int hour = digits(time, 0, firstColon);
        int minute = digits(time, firstColon + 1, secondColon);
        int second = digits(time, secondColon + 1, time.length());
        hour = toTwentyFourHour(hour, meridiem);
        return toInstant(year, month, day, hour, minute, second, 0, 0);
    }

    private static int toTwentyFourHour(int hour, String meridiem) {
        if (meridiem.isEmpty()) {
            return hour;
        }
        if (hour < 1 || hour > 12) {
            return -1;
        }
        if (meridiem.equalsIgnoreCase("AM")) {
            return hour == 12 ? 0 : hour;
        }
        if (meridiem.equalsIgnoreCase("PM")) {
            return hour == 12 ? 12 : hour + 12;
        }
        return -1;
    }

    private static Instant parsePowerShellDate(String text) {
        int close = text.indexOf(')');
        if (close < 0 || !text.endsWith(")/")) {
            return null;
        }
        String inner = text.substring("/Date(".length(), close);
        int zone = Math.max(inner.indexOf('+', 1), inner.indexOf('-', 1));
        Long millis = JsonValues.parseLong(zone > 0 ? inner.substring(0, zone) : inner);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /** Seconds east of UTC for the zone suffix starting at {@code position}; 0 when absent; null if malformed. */
    private static Integer offsetSeconds(String text, int position) {
        int length = text.length();
        if (position == length) {
            return 0;
        }
        char sign = text.charAt(position);
        if ((sign == 'Z' || sign == 'z') && position + 1 == length) {
            return 0;
        }
        if (sign != '+' && sign != '-') {
            return null;
        }
        String zone = text.substring(position + 1);
        int hours;
        int minutes;
        if (zone.length() == 2) {
            hours = digits(zone, 0, 2);
            minutes = 0;
        } else if (zone.length() == 4) {
            hours = digits(zone, 0, 2);
            minutes = digits(zone, 2, 4);
        } else if (zone.length() == 5 && zone.charAt(2) == ':') {
            hours = digits(zone, 0, 2);
            minutes = digits(zone, 3, 5);
        } else {
            return null;
        }
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
            return null;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static Instant toInstant(int year, int month, int day, int hour, int minute, int second, int nanos,
                                     int offsetSeconds) {
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            long secondOfDay = hour * 3600L + minute * 60L + second;
            return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + secondOfDay - offsetSeconds, nanos);
        } catch (DateTimeException impossibleDate) {
            return null; // e.g. 2023-02-30: in range field by field, but no such day
        }
    }

    /** The nanoseconds of a fraction of any length (digits beyond the ninth are dropped). */
    private static int fractionNanos(String text, int start, int end) {
        int nanos = 0;
        for (int i = 0; i < 9; i++) {
            int digit = start + i < end ? text.charAt(start + i) - '0' : 0;
            nanos = nanos * 10 + digit;
        }
        return nanos;
    }

    /** The unsigned decimal number in {@code text[start, end)}; -1 when empty, too long or not all digits. */
    private static int digits(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end || end - start > 9) {
            return -1;
        }
        int number = 0;
        for (int i = start; i < end; i++) {
            char digit = text.charAt(i);
            if (!isDigit(digit)) {
                return -1;
            }
            number = number * 10 + (digit - '0');
        }
        return number;
    }

    private static boolean isDigit(char character) {
        return character >= '0' && character <= '9';
    }
}
