package io.osprey.formats.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns evidence bytes into text: UTF-8 with or without a byte-order mark, UTF-16LE or UTF-16BE with a mark
 * (PowerShell's {@code Out-File} default), and UTF-16 without a mark when the first characters are plainly
 * ASCII in 16-bit units. The mark itself is removed. Malformed bytes decode to U+FFFD rather than failing.
 */
public final class TextDecoding {
    private static final int PEEK = 4;

    private TextDecoding() {
    }

    /** A reader over the decoded text of {@code bytes}; the caller closes it. */
    public static Reader decode(InputStream bytes) throws IOException {
        PushbackInputStream in = new PushbackInputStream(bytes, PEEK);
        byte[] start = in.readNBytes(PEEK);
        if (isZip(start)) {
            throw new UnreadableContentException("a zip archive inside a compressed input or archive is not read;"
                    + " extract it and ingest its contents");
        }
        Encoding encoding = detect(start);
        int rest = start.length - encoding.markLength();
        if (rest > 0) {
            in.unread(start, encoding.markLength(), rest);
        }
        return new InputStreamReader(in, encoding.charset());
    }

    /** The encoding of text starting with these bytes, and how long its byte-order mark is. */
    static Encoding detect(byte[] start) {
        int length = start.length;
        if (length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        if (length == 4 && start[0] != 0 && start[1] == 0 && start[2] != 0 && start[3] == 0) {
            return new Encoding(StandardCharsets.UTF_16LE, 0);
        }
        if (length == 4 && start[0] == 0 && start[1] != 0 && start[2] == 0 && start[3] != 0) {
            return new Encoding(StandardCharsets.UTF_16BE, 0);
        }
        return new Encoding(StandardCharsets.UTF_8, 0);
    }

    static boolean isZip(byte[] start) {
        return start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
    }

    static boolean isGzip(byte[] start) {
        return start.length >= 2 && (start[0] & 0xFF) == 0x1F && (start[1] & 0xFF) == 0x8B;
    }

    record Encoding(Charset charset, int markLength) {
    }
}
