package io.osprey.simulate.incident;

import io.osprey.simulate.activity.Action;
import io.osprey.simulate.activity.DayOutline;
import io.osprey.simulate.activity.UserDay;
import io.osprey.simulate.activity.UserState;
import io.osprey.simulate.activity.World;
import io.osprey.simulate.audit.AccessContext;
import io.osprey.simulate.audit.Quirks;
import io.osprey.simulate.operations.SignIn;
import io.osprey.simulate.record.UserType;
import io.osprey.simulate.tenant.AppIds;
import io.osprey.simulate.tenant.ClientKind;
import io.osprey.simulate.tenant.MailFolder;
import io.osprey.simulate.tenant.Network;
import io.osprey.simulate.tenant.ProfileRequirements;
import io.osprey.simulate.tenant.RandomIds;
import io.osprey.simulate.tenant.UserProfile;
import io.osprey.simulate.truth.FindingKind;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Bulk exfiltration that trips throttling: with a stolen password the attacker runs an EWS script that walks
 * five folders of a large mailbox, a few messages per folder every two minutes, through the night. Past 1,000
 * MailItemsAccessed records in 24 hours Exchange writes a record with IsThrottled True and stops recording
 * binds for 24 hours; the script (and the owner) keep reading unrecorded.
 */
final class ThrottledMailbox implements Incident {
    static final String READER = "throttled/bulk-reader";
    private static final String CLIENT = "Client=WebServices;python-requests/2.31.0;";
    private static final String AGENT = "python-requests/2.31.0";
    private static final int[] FOLDERS = {MailFolder.INBOX.ordinal(), MailFolder.ARCHIVE.ordinal(),
            MailFolder.SENT_ITEMS.ordinal(), MailFolder.CUSTOM.ordinal(), MailFolder.DELETED_ITEMS.ordinal()};
    private static final double START_HOUR = 0.5;
    private static final double END_HOUR = 9.5;

    private final int victim;
    private final int day;
    private final SplittableRandom random;
    private AccessContext reader;
    private String attackerIp;

    ThrottledMailbox(int victim, int day, SplittableRandom random) {
        this.victim = victim;
        this.day = day;
        this.random = random;
    }

    @Override
    public void require(ProfileRequirements requirements) {
        requirements.requireLargeMailbox(victim);
        requirements.requireDesktop(victim);
    }

    @Override
    public void plant(World world, IntFunction<UserState> states) {
        UserProfile profile = world.users().get(victim);
        states.apply(victim).planUse(ClientKind.OUTLOOK_DESKTOP, day, day + 1);
        attackerIp = Network.hosting(random);
        String sessionId = RandomIds.guid(random);
        String written = Quirks.writtenAddress(attackerIp, random);
        reader = AccessContext.builder().clientAddress(written, attackerIp).clientInfoString(CLIENT)
                .user(profile.upn(), profile.puid(), UserType.REGULAR, profile.sid()).sessionId(sessionId)
                .apps(AppIds.MICROSOFT_OFFICE, null).attacker(READER).build();
        world.truth().registerContext(Contexts.context(READER, "an EWS script reading the whole mailbox with a "
                        + "stolen password until auditing is throttled").mailbox(profile.upn()).user(profile.upn())
                .address(attackerIp, written).session(sessionId, false).client(CLIENT)
                .apps(AppIds.MICROSOFT_OFFICE, null).userAgent(AGENT).build(), false);
    }

    @Override
    public void act(UserDay userDay, DayOutline outline, List<Action> actions) {
        if (userDay.profile().index() != victim || userDay.day() != day) {
            return;
        }
        UserProfile profile = userDay.profile();
        long start = userDay.at(START_HOUR);
        SignIn signIn = new SignIn(start - 90, profile.upn(), profile.objectId(), attackerIp, AGENT, "Windows", null,
                AppIds.MICROSOFT_OFFICE, AppIds.EXCHANGE_ONLINE, reader.sessionId(), true, "OAuth2:Token");
        actions.add(Action.Emit.attacker(userDay.world().entra().signIn(signIn, userDay.random()),
                FindingKind.ATTACKER_SIGN_IN, "EWS script signs in with the stolen password"));
        int[] cursor = new int[FOLDERS.length];
        SplittableRandom dayRandom = userDay.random();
        for (long window = start; window < userDay.at(END_HOUR); window += 120) {
            long time = window;
            for (int index = 0; index < FOLDERS.length; index++) {
                int folder = FOLDERS[index];
                int count = userDay.state().folderCount(folder);
                for (int open = 0, opens = 2 + dayRandom.nextInt(3); open < opens && count > 0; open++) {
                    int message = count - 1 - (cursor[index]++ % count);
                    actions.add(new Action.Bind(time, reader, folder, message));
                    time += 1 + dayRandom.nextInt(3);
                }
            }
        }
    }
}
