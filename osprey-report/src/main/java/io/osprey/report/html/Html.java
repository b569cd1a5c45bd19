package io.osprey.report.html;

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values (also inside inline
 * SVG): the five characters {@code & < > " '} become entities, so no value can open a tag, close an attribute
 * or start an entity. Everything the report shows from the evidence passes through here.
 */
public final class Html {
    private Html() {
    }

    /** The escaped text; null becomes the empty string. */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int index = 0; index < value.length(); index++) {
            String entity = entity(value.charAt(index));
            if (entity != null) {
                if (escaped == null) {
                    escaped = new StringBuilder(value.length() + 16).append(value, 0, index);
                }
                escaped.append(entity);
            } else if (escaped != null) {
                escaped.append(value.charAt(index));
            }
        }
        return escaped == null ? value : escaped.toString();
    }

    private static String entity(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
