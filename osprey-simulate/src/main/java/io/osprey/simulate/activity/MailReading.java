package io.osprey.simulate.activity;

import io.osprey.simulate.audit.AccessContext;
import io.osprey.simulate.tenant.MailFolder;

import java.util.List;
import java.util.SplittableRandom;

/** How people read mail: bursts of message opens, mostly recent Inbox mail, some other folders. */
public final class MailReading {
    private static final int RECENT = 30;

    private MailReading() {
    }

    /** A burst of {@code opens} message opens starting at {@code start}, a few seconds apart. */
    public static long burst(UserDay day, AccessContext context, long start, int opens, List<Action> actions) {
        SplittableRandom random = day.random();
        long time = start;
        int folder = folder(random);
        for (int open = 0; open < opens; open++) {
            if (open > 0 && random.nextInt(100) < 20) {
                folder = folder(random);
            }
            int message = message(day.state(), folder, random);
            if (message >= 0) {
                actions.add(new Action.Bind(time, context, folder, message));
            }
            time += 5 + random.nextInt(40);
        }
        return time;
    }

    /** A desktop Outlook start: one Sync per folder, a few seconds apart. */
    public static void syncAll(AccessContext context, long start, SplittableRandom random, List<Action> actions) {
        long time = start;
        for (int folder = 0; folder < MailFolder.COUNT; folder++) {
            actions.add(new Action.Sync(time, context, folder));
            time += 2 + random.nextInt(9);
        }
    }

    static int folder(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 75) {
            return MailFolder.INBOX.ordinal();
        }
        if (roll < 83) {
            return MailFolder.SENT_ITEMS.ordinal();
        }
        if (roll < 90) {
            return MailFolder.ARCHIVE.ordinal();
        }
        if (roll < 95) {
            return MailFolder.CUSTOM.ordinal();
        }
        return roll < 98 ? MailFolder.DELETED_ITEMS.ordinal() : MailFolder.DRAFTS.ordinal();
    }

    /** A message index of the folder, recent ones far more often; -1 when the folder is empty. */
    static int message(UserState state, int folder, SplittableRandom random) {
        int count = state.folderCount(folder);
        if (count == 0) {
            return -1;
        }
        if (random.nextInt(100) < 70) {
            return count - 1 - random.nextInt(Math.min(RECENT, count));
        }
        return random.nextInt(count);
    }
}
