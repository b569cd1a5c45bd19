package io.osprey.simulate.audit;

import java.util.Arrays;

/** The creation times of a mailbox's recent records (a growable ring), to count records in a trailing window. */
final class TimeRing {
    private long[] times = new long[8];
    private int head;
    private int size;

    /** Adds a time and drops those before {@code time - windowSeconds}; returns how many remain. */
    int addAndCount(long time, long windowSeconds) {
        dropBefore(time - windowSeconds);
        if (size == times.length) {
            long[] grown = new long[times.length * 2];
            for (int index = 0; index < size; index++) {
                grown[index] = times[(head + index) % times.length];
            }
            times = grown;
            head = 0;
        }
        times[(head + size) % times.length] = time;
        size++;
        return size;
    }

    void dropBefore(long limit) {
        while (size > 0 && times[head] < limit) {
            head = (head + 1) % times.length;
            size--;
        }
        if (size == 0 && times.length > 64) {
            times = Arrays.copyOf(times, 8);
            head = 0;
        }
    }
}
