package io.osprey.simulate.truth;

import io.osprey.simulate.record.Times;

import java.util.ArrayList;
import java.util.List;

/** A mailbox's throttled windows {@code [t, t + 24 h)}, merged where they overlap. */
final class ThrottleLedger {
    private final List<long[]> windows = new ArrayList<>();
    private final List<String> recordIds = new ArrayList<>();

    void add(long start, long end, String recordId) {
        recordIds.add(recordId);
        if (!windows.isEmpty()) {
            long[] last = windows.get(windows.size() - 1);
            if (start <= last[1]) {
                last[1] = Math.max(last[1], end);
                return;
            }
        }
        windows.add(new long[]{start, end});
    }

    List<GroundTruth.Window> windows() {
        List<GroundTruth.Window> list = new ArrayList<>(windows.size());
        for (long[] window : windows) {
            list.add(new GroundTruth.Window(Times.isoUtc(window[0]), Times.isoUtc(window[1])));
        }
        return list;
    }

    GroundTruth.ThrottledWindows toTruth(String mailbox) {
        return new GroundTruth.ThrottledWindows(mailbox, windows(), List.copyOf(recordIds));
    }
}
