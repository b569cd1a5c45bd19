package io.osprey.formats;

/**
 * The start of an input, decoded, for sniffing.
 *
 * @param displayPath the input's path as shown to the user
 * @param text        up to {@link #SIZE} decoded characters from the start (byte-order mark removed)
 * @param complete    true when {@code text} holds the whole input
 */
public record InputHead(String displayPath, String text, boolean complete) {
    public static final int SIZE = 64 * 1024;

    /** The first line, without a {@code #TYPE} line that PowerShell's Export-Csv may write before the header. */
    public String headerLine() {
        String rest = text;
        if (rest.startsWith("#TYPE")) {
            int newline = rest.indexOf('\n');
            rest = newline < 0 ? "" : rest.substring(newline + 1);
        }
        int end = rest.indexOf('\n');
        String line = end < 0 ? rest : rest.substring(0, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** The first character that is not whitespace, or 0 for an empty or blank input. */
    public char firstSignificantChar() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }
}
