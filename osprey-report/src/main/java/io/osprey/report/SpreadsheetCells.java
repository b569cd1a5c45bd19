package io.osprey.report;

/**
 * Keeps CSV cells from being run as spreadsheet formulas (CSV injection): a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single quote — unless it is a
 * plain number such as {@code -5} or {@code +3.25}, which spreadsheets read as a number anyway.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || isPlainNumber(cell)) {
            return cell;
        }
        return "'" + cell;
    }

    /** An optional sign, digits, and at most one decimal point with digits on at least one side. */
    static boolean isPlainNumber(String text) {
        int index = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        boolean digits = false;
        boolean point = false;
        for (; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits;
    }
}
