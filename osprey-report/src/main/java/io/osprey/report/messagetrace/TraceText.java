package io.osprey.report.messagetrace;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens a message trace export as text whatever its encoding: the admin center writes UTF-16LE (with or without a
 * byte-order mark), PowerShell 5.1 UTF-8 with a mark or UTF-16 ("Unicode"), PowerShell 7 UTF-8 without one.
 * The byte-order mark is consumed; undecodable bytes become U+FFFD rather than failing the file.
 */
final class TraceText {
    private static final int SNIFF = 512;

    private TraceText() {
    }

    static Reader open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        Charset charset = charsetOf(head);
        int bom = bomLength(head);
        if (in.skip(bom) != bom) {
            throw new IOException("could not skip the byte-order mark");
        }
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    static Charset charsetOf(byte[] head) {
        if (startsWith(head, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int index = 0; index < head.length; index++) {
            if (head[index] == 0) {
                if (index % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int pairs = head.length / 2;
        if (pairs > 0 && oddZeros > pairs * 6 / 10) {
            return StandardCharsets.UTF_16LE;
        }
        if (pairs > 0 && evenZeros > pairs * 6 / 10) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    private static int bomLength(byte[] head) {
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            return 2;
        }
        return startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int index = 0; index < bytes.length; index++) {
            if ((head[index] & 0xFF) != bytes[index]) {
                return false;
            }
        }
        return true;
    }
}
