package io.osprey.formats.json;

import java.io.IOException;
import java.io.Reader;

/**
 * Hands an input's characters to a JSON parser while keeping the ones it may still need: the text of the record
 * being parsed (to slice it verbatim) and whatever a resynchronization after broken JSON must look at again.
 * Positions are absolute character offsets from the start of the input. Everything before {@link #release}'s
 * position may be dropped, so memory stays bounded by the largest record plus one read-ahead chunk.
 *
 * <p>Line numbers follow the JSON parser's convention: {@code \n}, {@code \r\n} and a lone {@code \r} each end
 * one line. The reader knows the line of the last released position and counts from there.
 */
final class CapturingReader extends Reader {
    private static final int CHUNK = 16 * 1024;

    private final Reader source;
    private char[] window = new char[4 * CHUNK];
    /** Absolute offset of {@code window[0]}. */
    private long windowStart;
    /** Characters held in the window. */
    private int length;
    /** Absolute offset before which characters may be dropped; its line is {@link #keepLine}. */
    private long keepFrom;
    private long keepLine = 1;
    /** Absolute offset of the next character handed out by {@link #read}. */
    private long readPosition;
    /** Characters handed out before {@link #readPosition}'s, not part of the input (a resynchronization aid). */
    private String prefix = "";
    private int prefixUsed;
    private boolean endOfInput;

    CapturingReader(Reader source) {
        this.source = source;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        if (count == 0) {
            return 0;
        }
        if (prefixUsed < prefix.length()) {
            int n = Math.min(count, prefix.length() - prefixUsed);
            prefix.getChars(prefixUsed, prefixUsed + n, buffer, offset);
            prefixUsed += n;
            return n;
        }
        if (readPosition >= end() && !fill()) {
            return -1;
        }
        int n = (int) Math.min(count, end() - readPosition);
        System.arraycopy(window, (int) (readPosition - windowStart), buffer, offset, n);
        readPosition += n;
        return n;
    }

    /** Lets the characters before {@code position} go; {@code line} is the line {@code position} is on. */
    void release(long position, long line) {
        if (position > keepFrom) {
            keepFrom = position;
            keepLine = line;
        }
    }

    long keepFrom() {
        return keepFrom;
    }

    long keepLine() {
        return keepLine;
    }

    /** Restarts reading at {@code position} (at or after {@link #keepFrom}), preceded by {@code prefix}. */
    void restartAt(long position, String prefix) {
        if (position < keepFrom) {
            throw new IllegalArgumentException("position " + position + " was released");
        }
        this.readPosition = position;
        this.prefix = prefix;
        this.prefixUsed = 0;
    }

    /** The character at an absolute position (at or after {@link #keepFrom}), or -1 past the end of input. */
    int charAt(long position) throws IOException {
        while (position >= end()) {
            if (!fill()) {
                return -1;
            }
        }
        return window[(int) (position - windowStart)];
    }

    /** The input's text from {@code from} to {@code to}, shorter when the input ends first. */
    String text(long from, long to) throws IOException {
        while (to > end() && fill()) {
            // read until the range is held or the input ends
        }
        long stop = Math.min(to, end());
        return from >= stop ? "" : new String(window, (int) (from - windowStart), (int) (stop - from));
    }

    /** The line {@code position} (at or after {@link #keepFrom}) is on. */
    long lineAt(long position) throws IOException {
        long line = keepLine;
        for (long at = keepFrom; at < position; at++) {
            int c = charAt(at);
            if (c == '\n' || (c == '\r' && charAt(at + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    /**
     * The first position after the line holding {@code from} where a line starts with {@code {} or {@code [}, or
     * -1 at the end of input. Releases everything before the position it returns (or reaches), with its line.
     */
    long nextLineStartingWithBracket(long from) throws IOException {
        long line = lineAt(from);
        release(from, line);
        for (long at = from; ; at++) {
            int c = charAt(at);
            if (c < 0) {
                release(at, line);
                return -1;
            }
            boolean lineEnds = c == '\n' || (c == '\r' && charAt(at + 1) != '\n');
            if (lineEnds) {
                line++;
                int next = charAt(at + 1);
                release(at + 1, line);
                if (next == '{' || next == '[') {
                    return at + 1;
                }
            }
        }
    }

    /** The window's current size in characters (for tests of bounded memory). */
    int capacity() {
        return window.length;
    }

    private long end() {
        return windowStart + length;
    }

    /** Reads one more chunk from the source into the window; false at the end of input. */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        makeRoom();
        int n;
        do {
            n = source.read(window, length, window.length - length);
        } while (n == 0);
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        length += n;
        return true;
    }

    /** Drops released characters (never those the parser may still be handed) and grows the window if needed. */
    private void makeRoom() {
        if (window.length - length >= CHUNK) {
            return;
        }
        long dropTo = Math.min(keepFrom, readPosition);
        int drop = (int) (dropTo - windowStart);
        if (drop > 0) {
            System.arraycopy(window, drop, window, 0, length - drop);
            length -= drop;
            windowStart = dropTo;
        }
        if (window.length - length < CHUNK) {
            char[] larger = new char[Math.max(window.length * 2, length + CHUNK)];
            System.arraycopy(window, 0, larger, 0, length);
            window = larger;
        }
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
