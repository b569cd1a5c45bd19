package io.osprey.simulate.activity;

import io.osprey.simulate.audit.AccessContext;
import io.osprey.simulate.tenant.ClientKind;
import io.osprey.simulate.tenant.MailFolder;
import io.osprey.simulate.tenant.UserProfile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Ordinary life in a mailbox for one day: new mail arrives; the user's clients (desktop Outlook syncing its
 * folders then opening messages, Outlook on the web, mobile Outlook, Microsoft Graph-based apps) read mail in
 * bursts from the user's usual networks and sessions; everyday operations follow ({@link EverydayOperations}).
 */
public final class BenignLife {
    private BenignLife() {
    }

    /**
     * The benign actions of the day.
     *
     * @param actions    where the actions go
     * @param firstUse   filled with each used client's first use time
     * @param contexts   filled with each used client's access context
     */
    public static void generate(UserDay day, List<Action> actions, EnumMap<ClientKind, Long> firstUse,
                                EnumMap<ClientKind, AccessContext> contexts) {
        SplittableRandom random = day.random();
        UserState state = day.state();
        boolean weekend = day.weekend();
        state.addMessages(MailFolder.INBOX.ordinal(), weekend ? random.nextInt(7) : random.nextInt(8, 41));
        state.addMessages(MailFolder.DELETED_ITEMS.ordinal(), random.nextInt(5));
        state.addMessages(MailFolder.ARCHIVE.ordinal(), random.nextInt(3));
        boolean home = weekend || random.nextInt(100) < 25;
        UserProfile profile = day.profile();
        for (ClientKind kind : profile.clients()) {
            boolean planted = state.sessionOverride(kind, day.day()) != null || state.plannedUse(kind, day.day());
            if (!planted && !usedToday(kind, weekend, random)) {
                continue;
            }
            String address = address(profile, kind, home, random);
            long first = day.at(firstHour(kind, weekend, random));
            AccessContext context = ClientSessions.open(day, kind, address, first, actions);
            firstUse.put(kind, first);
            contexts.put(kind, context);
            read(day, kind, context, first, weekend, actions);
        }
        EverydayOperations.add(day, contexts, firstUse, actions);
    }

    private static void read(UserDay day, ClientKind kind, AccessContext context, long first, boolean weekend,
                             List<Action> actions) {
        SplittableRandom random = day.random();
        long end = day.at(kind.isMobile() ? 22 : weekend ? 20 : 17.5);
        int bursts;
        int maxOpens;
        if (kind == ClientKind.OUTLOOK_DESKTOP) {
            MailReading.syncAll(context, first, random, actions);
            for (long sync = first + 3_600 + random.nextInt(3_600); sync < end; sync += 3_600 + random.nextInt(3_600)) {
                actions.add(new Action.Sync(sync, context, MailFolder.INBOX.ordinal()));
            }
            bursts = 1 + random.nextInt(5);
            maxOpens = 3;
        } else if (kind == ClientKind.MICROSOFT_APP) {
            bursts = 1 + random.nextInt(2);
            maxOpens = 3;
        } else {
            bursts = weekend ? 1 + random.nextInt(3) : 3 + random.nextInt(8);
            maxOpens = kind.isMobile() ? 3 : 6;
        }
        for (int burst = 0; burst < bursts; burst++) {
            long start = burst == 0 && kind != ClientKind.OUTLOOK_DESKTOP ? first : between(first + 60, end, random);
            MailReading.burst(day, context, start, 1 + random.nextInt(maxOpens), actions);
        }
    }

    static long between(long from, long to, SplittableRandom random) {
        return to <= from ? from : from + random.nextLong(to - from);
    }

    private static boolean usedToday(ClientKind kind, boolean weekend, SplittableRandom random) {
        int percent = switch (kind) {
            case OUTLOOK_DESKTOP -> weekend ? 5 : 92;
            case OWA -> weekend ? 15 : 60;
            case MICROSOFT_APP -> weekend ? 0 : 25;
            default -> weekend ? 60 : 80;
        };
        return random.nextInt(100) < percent;
    }

    private static double firstHour(ClientKind kind, boolean weekend, SplittableRandom random) {
        if (weekend) {
            return 9 + random.nextDouble() * 8;
        }
        return switch (kind) {
            case OUTLOOK_DESKTOP -> 6.5 + random.nextDouble() * 2.5;
            case OWA -> 7 + random.nextDouble() * 3;
            case MICROSOFT_APP -> 8 + random.nextDouble() * 8;
            default -> 6 + random.nextDouble() * 3;
        };
    }

    private static String address(UserProfile profile, ClientKind kind, boolean home, SplittableRandom random) {
        if (kind.isMobile()) {
            return !home && random.nextInt(100) < 20 ? profile.networks().office() : profile.networks().mobile();
        }
        return home ? profile.networks().home() : profile.networks().office();
    }

    /** A fresh list for a day's actions. */
    public static List<Action> newActionList() {
        return new ArrayList<>(128);
    }
}
