package io.osprey.collect.evidence;

import java.io.ByteArrayOutputStream;

/** Byte-level helpers for JSON text that must stay as received. */
final class JsonText {
    private JsonText() {
    }

    /** The JSON unchanged when it holds no line break; otherwise without the white space outside strings. */
    static byte[] singleLine(byte[] json) {
        if (!containsLineBreak(json)) {
            return json;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
        boolean inString = false;
        boolean escaped = false;
        for (byte value : json) {
            if (inString) {
                out.write(value);
                if (escaped) {
                    escaped = false;
                } else if (value == '\\') {
                    escaped = true;
                } else if (value == '"') {
                    inString = false;
                }
            } else if (value == '"') {
                inString = true;
                out.write(value);
            } else if (value != ' ' && value != '\t' && value != '\n' && value != '\r') {
                out.write(value);
            }
        }
        return out.toByteArray();
    }

    private static boolean containsLineBreak(byte[] json) {
        for (byte value : json) {
            if (value == '\n' || value == '\r') {
                return true;
            }
        }
        return false;
    }
}
