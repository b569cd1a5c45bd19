package io.osprey.cli;

import io.osprey.store.ingest.IngestListener;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress display on standard error for a terminal: files done, records read and the rate.
 * Redraws at most every {@value #REDRAW_MILLIS} ms.
 */
final class ProgressBar implements IngestListener {
    static final long REDRAW_MILLIS = 200;
    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final LongSupplier clockMillis;
    private final long startMillis;
    private int inputCount;
    private int inputsDone;
    private long records;
    private long lastDrawMillis = Long.MIN_VALUE;
    private int drawnLength;

    ProgressBar(PrintWriter err) {
        this(err, System::currentTimeMillis);
    }

    ProgressBar(PrintWriter err, LongSupplier clockMillis) {
        this.err = err;
        this.clockMillis = clockMillis;
        this.startMillis = clockMillis.getAsLong();
    }

    @Override
    public void started(int count) {
        inputCount = count;
        draw(true, "");
    }

    @Override
    public void recordsRead(long recordsReadSoFar) {
        records = recordsReadSoFar;
        draw(false, "");
    }

    @Override
    public void inputFinished(String displayPath) {
        inputsDone++;
        draw(false, "");
    }

    @Override
    public void storing() {
        draw(true, " resolving duplicates and committing...");
    }

    /** Removes the line, so that what follows starts clean. */
    void clear() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }

    String line(String suffix) {
        long elapsed = Math.max(1, clockMillis.getAsLong() - startMillis);
        int filled = inputCount == 0 ? 0 : (int) ((long) WIDTH * inputsDone / inputCount);
        return String.format(Locale.ROOT, "[%s%s] %d/%d files, %,d records, %,d records/s%s",
                "#".repeat(filled), " ".repeat(WIDTH - filled), inputsDone, inputCount, records,
                records * 1000 / elapsed, suffix);
    }

    private void draw(boolean always, String suffix) {
        long now = clockMillis.getAsLong();
        if (!always && now - lastDrawMillis < REDRAW_MILLIS) {
            return;
        }
        lastDrawMillis = now;
        String line = line(suffix);
        int padding = Math.max(0, drawnLength - line.length());
        err.print("\r" + line + " ".repeat(padding));
        err.flush();
        drawnLength = line.length();
    }
}
