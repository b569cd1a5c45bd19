package io.osprey.formats.csv;

/**
 * Recognizes what PowerShell writes when it flattens a structured value into text: a hashtable rendering
 * ({@code @{Value=Bind; Name=MailAccessType}}) or a .NET type name ({@code System.Object[]},
 * {@code System.Collections.ArrayList}). Such a cell means the record lost information.
 */
final class PowerShellArtifacts {
    private PowerShellArtifacts() {
    }

    static boolean isFlattened(String value) {
        if (value.startsWith("@{")) {
            return true;
        }
        boolean typeName = value.startsWith("System.")
                || (value.startsWith("Microsoft.") && (value.indexOf('`') >= 0 || value.endsWith("]")));
        return typeName && !containsWhitespace(value);
    }

    /** True when the text holds a flattened value anywhere, e.g. inside a JSON document. */
    static boolean containsFlattened(String text) {
        return text.contains("\"@{") || text.contains("System.Object[]");
    }

    private static boolean containsWhitespace(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
