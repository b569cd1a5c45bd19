package io.osprey.rules.output;

import java.util.regex.Pattern;

/**
 * Formula neutralization for CSV cells opened in a spreadsheet: a cell that would start a formula ({@code =},
 * {@code +}, {@code -}, {@code @}, tab, carriage return) gets a leading single quote, unless it is a plain
 * number such as {@code -5} or {@code +1.5e3}. Audit data is attacker-influenced (inbox rule names, subjects,
 * user agents), so every cell Osprey writes goes through here.
 */
public final class CsvCells {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCells() {
    }

    public static String neutralize(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean formulaStart = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        if (!formulaStart || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
