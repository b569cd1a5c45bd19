package io.osprey.model;

/**
 * A piece of input that a reader recognized as a record position but could not turn into an audit record.
 *
 * @param reason  a short, human sentence ("not an audit record", "AuditData is not valid JSON: ...")
 * @param excerpt a bounded excerpt of the offending input (at most {@link #MAX_EXCERPT} characters)
 */
public record Rejection(SourceLocation location, String reason, String excerpt) implements ReadResult {
    public static final int MAX_EXCERPT = 400;

    public Rejection {
        excerpt = bound(excerpt);
    }

    public static String bound(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_EXCERPT ? text : text.substring(0, MAX_EXCERPT) + "…";
    }
}
