package io.osprey.simulate.record;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Fast, allocation-light renderings of epoch seconds in the forms the exports use (all UTC). */
public final class Times {
    private static final long SECONDS_PER_DAY = 86_400;
    /** The date part of the last day rendered: immutable, so sharing it between threads is safe. */
    private static volatile DatePrefix lastDate = new DatePrefix(Long.MIN_VALUE, "");

    private record DatePrefix(long day, String text) {
    }

    private Times() {
    }

    /** AuditData's {@code CreationTime}: {@code 2026-03-02T08:14:52}, no zone marker. */
    public static String auditTime(long epochSecond) {
        long day = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
        DatePrefix prefix = lastDate;
        if (prefix.day != day) {
            LocalDate date = LocalDate.ofEpochDay(day);
            StringBuilder text = new StringBuilder(11).append(date.getYear()).append('-');
            two(text, date.getMonthValue()).append('-');
            two(text, date.getDayOfMonth()).append('T');
            prefix = new DatePrefix(day, text.toString());
            lastDate = prefix;
        }
        int second = (int) (epochSecond - day * SECONDS_PER_DAY);
        StringBuilder text = new StringBuilder(20).append(prefix.text);
        two(text, second / 3600).append(':');
        two(text, second / 60 % 60).append(':');
        two(text, second % 60);
        return text.toString();
    }

    /** ISO-8601 with a {@code Z}: {@code 2026-03-02T08:14:52Z}. */
    public static String isoUtc(long epochSecond) {
        return auditTime(epochSecond) + 'Z';
    }

    /** The en-US rendering of a PowerShell/Purview {@code CreationDate}: {@code 3/2/2026 8:14:52 AM}. */
    public static String usDateTime(long epochSecond) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        StringBuilder text = new StringBuilder(24);
        text.append(time.getMonthValue()).append('/').append(time.getDayOfMonth()).append('/')
                .append(time.getYear()).append(' ').append(hour).append(':');
        two(text, time.getMinute()).append(':');
        two(text, time.getSecond()).append(time.getHour() < 12 ? " AM" : " PM");
        return text.toString();
    }

    private static StringBuilder two(StringBuilder text, int value) {
        if (value < 10) {
            text.append('0');
        }
        return text.append(value);
    }
}
