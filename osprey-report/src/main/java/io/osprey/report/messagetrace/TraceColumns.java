package io.osprey.report.messagetrace;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.osprey.model.SourceLocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where one file's columns are (-1 when absent), and how a data row becomes a {@link MessageTraceRow}. */
record TraceColumns(int received, int sender, int recipients, int subject, int status, int size, int messageId,
                    int traceId, int fromIp, int toIp, int direction) {

    /** @throws UnreadableRow when the row has no readable received time */
    MessageTraceRow toRow(CsvRecord record, SourceLocation location) throws UnreadableRow {
        String time = field(record, received);
        if (time == null) {
            throw new UnreadableRow("no received time");
        }
        Instant instant = TraceDates.parse(time);
        if (instant == null) {
            throw new UnreadableRow("unreadable received time '" + time + "'");
        }
        String sizeText = field(record, size);
        return MessageTraceRow.of(instant, address(field(record, sender)), recipients(field(record, recipients)),
                field(record, subject), field(record, status), sizeText == null ? null : parseSize(sizeText),
                field(record, messageId), field(record, traceId), field(record, fromIp), field(record, toIp),
                field(record, direction), location);
    }

    /** Why a data row is not a message trace row. */
    static final class UnreadableRow extends Exception {
        UnreadableRow(String reason) {
            super(reason, null, false, false);
        }
    }

    private static String field(CsvRecord record, int position) {
        if (position < 0 || position >= record.getFieldCount()) {
            return null;
        }
        String value = record.getField(position).strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * The addresses of a recipient column: one address (Get-MessageTrace), or the admin center's
     * {@code address##Status, Status;address##Status} list; lower-cased, de-duplicated, in order.
     */
    static List<String> recipients(String value) {
        if (value == null) {
            return List.of();
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (String part : value.split(";")) {
            int status = part.indexOf("##");
            String address = address(status < 0 ? part : part.substring(0, status));
            if (address != null) {
                addresses.add(address);
            }
        }
        return new ArrayList<>(addresses);
    }

    static String address(String value) {
        if (value == null) {
            return null;
        }
        String address = value.strip();
        return address.isEmpty() ? null : address.toLowerCase(Locale.ROOT);
    }

    /** Digits with optional group separators ({@code 12,345} or {@code 12.345}); null when not a size. */
    static Long parseSize(String text) {
        long value = 0;
        int digits = 0;
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c >= '0' && c <= '9') {
                if (++digits > 18) {
                    return null;
                }
                value = value * 10 + (c - '0');
            } else if (c != ',' && c != '.' && c != ' ' && c != '\u00A0' && c != '\u202F') {
                return null;
            }
        }
        return digits == 0 ? null : value;
    }
}
