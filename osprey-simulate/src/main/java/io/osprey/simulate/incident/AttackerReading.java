package io.osprey.simulate.incident;

import io.osprey.simulate.activity.Action;
import io.osprey.simulate.activity.UserDay;
import io.osprey.simulate.audit.AccessContext;

import java.util.List;
import java.util.SplittableRandom;

/** How attackers read mail: bursts over chosen folders, picking messages anywhere in them (not just new mail). */
final class AttackerReading {
    private AttackerReading() {
    }

    /** {@code opens} binds from {@code start}, spaced {@code minGap}..{@code maxGap} seconds; returns the end time. */
    static long burst(UserDay day, AccessContext context, long start, int opens, int[] folders, int minGap,
                      int maxGap, List<Action> actions) {
        SplittableRandom random = day.random();
        long time = start;
        for (int open = 0; open < opens; open++) {
            int folder = folders[random.nextInt(folders.length)];
            int count = day.state().folderCount(folder);
            if (count > 0) {
                actions.add(new Action.Bind(time, context, folder, random.nextInt(count)));
            }
            time += minGap + random.nextInt(maxGap - minGap + 1);
        }
        return time;
    }

    /** Reading sessions every few minutes from {@code start} to {@code end}. */
    static void steady(UserDay day, AccessContext context, long start, long end, int maxOpens, int[] folders,
                       List<Action> actions) {
        SplittableRandom random = day.random();
        long time = start;
        while (time < end) {
            long finished = burst(day, context, time, 2 + random.nextInt(maxOpens - 1), folders, 3, 15, actions);
            time = finished + 120 + random.nextInt(240);
        }
    }
}
