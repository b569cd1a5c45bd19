package io.osprey.formats.json;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits decoded text into {@code \n}-terminated lines in a reusable buffer, counting absolute character
 * offsets and line numbers; {@link #remainder()} hands the text from the current line on to another reader.
 */
final class LineSplitter {
    private static final int INITIAL_BUFFER = 1 << 16;

    private final Reader source;
    private char[] buffer = new char[INITIAL_BUFFER];
    /** Absolute offset of {@code buffer[0]}. */
    private long bufferStart;
    private int limit;
    private boolean endOfInput;
    private int lineStart;
    private int lineEnd;
    private int nextLineStart;
    private long lineNumber;

    LineSplitter(Reader source) {
        this.source = source;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() throws IOException {
        lineStart = nextLineStart;
        int searchFrom = lineStart;
        while (true) {
            for (int index = searchFrom; index < limit; index++) {
                if (buffer[index] == '\n') {
                    lineEnd = index;
                    nextLineStart = index + 1;
                    lineNumber++;
                    return true;
                }
            }
            if (endOfInput) {
                if (lineStart < limit) {
                    lineEnd = limit;
                    nextLineStart = limit;
                    lineNumber++;
                    return true;
                }
                return false;
            }
            searchFrom = limit - compact();
            fill();
        }
    }

    char[] buffer() {
        return buffer;
    }

    int lineStart() {
        return lineStart;
    }

    /** Where the line ends, before its {@code \n}. */
    int lineEnd() {
        return lineEnd;
    }

    /** 1-based number of the current line. */
    long lineNumber() {
        return lineNumber;
    }

    /** The absolute character offset of a buffer index. */
    long offsetOf(int index) {
        return bufferStart + index;
    }

    /** The text from the start of the current line to the end of the input. */
    Reader remainder() {
        return new Reader() {
            private int position = lineStart;

            @Override
            public int read(char[] target, int offset, int count) throws IOException {
                if (position < limit) {
                    int n = Math.min(count, limit - position);
                    System.arraycopy(buffer, position, target, offset, n);
                    position += n;
                    return n;
                }
                return endOfInput ? -1 : source.read(target, offset, count);
            }

            @Override
            public void close() {
                // the source is closed by its owner
            }
        };
    }

    /** Drops the characters before the current line; returns how many were dropped. */
    private int compact() {
        int dropped = lineStart;
        if (dropped > 0) {
            System.arraycopy(buffer, lineStart, buffer, 0, limit - lineStart);
            limit -= dropped;
            bufferStart += dropped;
            lineStart = 0;
            nextLineStart = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        return dropped;
    }

    private void fill() throws IOException {
        int read = source.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
        } else {
            limit += read;
        }
    }
}
