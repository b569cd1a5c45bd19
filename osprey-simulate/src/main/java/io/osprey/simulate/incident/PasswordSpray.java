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

import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * A password spray: failed legacy-authentication sign-ins across many accounts from rotating residential
 * proxies in the night, one success; the attacker then signs in to Outlook on the web from a hosting provider
 * with its own session, searches and reads the mailbox, and sends a phishing mail from it; it returns the next
 * night.
 */
final class PasswordSpray implements Incident {
    static final String SPRAY = "password-spray/spray";
    static final String MAILBOX = "password-spray/mailbox-session";
    private static final String SPRAY_AGENT = "BAV2ROPC";
    private static final String ATTACKER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 "
            + "Firefox/128.0";
    private static final int[] TARGET_FOLDERS = {MailFolder.INBOX.ordinal(), MailFolder.SENT_ITEMS.ordinal(),
            MailFolder.ARCHIVE.ordinal()};

    private final int victim;
    private final BitSet targets;
    private final int day;
    private final SplittableRandom random;
    private String[] sprayIps;
    private String attackerIp;
    private AccessContext web;
    private String sessionId;

    PasswordSpray(int victim, BitSet targets, int day, SplittableRandom random) {
        this.victim = victim;
        this.targets = (BitSet) targets.clone();
        this.targets.set(victim);
        this.day = day;
        this.random = random;
    }

    @Override
    public void require(ProfileRequirements requirements) {
        // any user can be sprayed
    }

    @Override
    public void plant(World world, IntFunction<UserState> states) {
        sprayIps = new String[6];
        Contexts spray = Contexts.context(SPRAY, "password spray: failed legacy-authentication sign-ins from "
                + "rotating residential proxies, one success").userAgent(SPRAY_AGENT);
        for (int index = 0; index < sprayIps.length; index++) {
            sprayIps[index] = Network.residentialProxy(random);
            spray.address(sprayIps[index], sprayIps[index]);
        }
        for (int user = targets.nextSetBit(0); user >= 0; user = targets.nextSetBit(user + 1)) {
            String upn = world.users().get(user).upn();
            spray.mailbox(upn);
            if (user != victim) {
                world.truth().target(upn, "targeted by the password spray (failed sign-ins)");
            }
        }
        world.truth().registerContext(spray.build(), false);
        UserProfile profile = world.users().get(victim);
        attackerIp = Network.hosting(random);
        sessionId = RandomIds.guid(random);
        String written = Quirks.writtenAddress(attackerIp, random);
        web = AccessContext.builder().clientAddress(written, attackerIp)
                .clientInfoString(ClientKind.OWA.clientInfoString())
                .user(profile.upn(), profile.puid(), UserType.REGULAR, profile.sid()).sessionId(sessionId)
                .apps(AppIds.EXCHANGE_ONLINE, AppIds.ONE_OUTLOOK_WEB).attacker(MAILBOX).build();
        world.truth().registerContext(Contexts.context(MAILBOX, "the attacker's own Outlook on the web session "
                        + "after the sprayed password worked").mailbox(profile.upn()).user(profile.upn())
                .address(attackerIp, written).session(sessionId, false).client(ClientKind.OWA.clientInfoString())
                .apps(AppIds.EXCHANGE_ONLINE, AppIds.ONE_OUTLOOK_WEB).userAgent(ATTACKER_AGENT).build(), false);
    }

    @Override
    public void act(UserDay userDay, DayOutline outline, List<Action> actions) {
        int user = userDay.profile().index();
        if (userDay.day() == day && targets.get(user)) {
            spray(userDay, actions);
        }
        if (user == victim && userDay.day() == day) {
            mailbox(userDay, userDay.at(3.4 + userDay.random().nextDouble() * 0.3), actions, true);
        } else if (user == victim && userDay.day() == day + 1) {
            mailbox(userDay, userDay.at(2 + userDay.random().nextDouble()), actions, false);
        }
    }

    private void spray(UserDay userDay, List<Action> actions) {
        SplittableRandom dayRandom = userDay.random();
        UserProfile profile = userDay.profile();
        boolean success = profile.index() == victim;
        int attempts = success ? 1 : 1 + dayRandom.nextInt(2);
        for (int attempt = 0; attempt < attempts; attempt++) {
            long time = userDay.at(1.5 + dayRandom.nextDouble() * 1.5);
            String address = sprayIps[dayRandom.nextInt(sprayIps.length)];
            SignIn signIn = new SignIn(time, profile.upn(), profile.objectId(), address, SPRAY_AGENT, "Windows",
                    null, AppIds.MICROSOFT_OFFICE, AppIds.GRAPH, success ? RandomIds.guid(dayRandom) : null, success,
                    "OAuth2:Token");
            actions.add(Action.Emit.attacker(userDay.world().entra().signIn(signIn, dayRandom),
                    success ? FindingKind.ATTACKER_SIGN_IN : FindingKind.PASSWORD_SPRAY,
                    success ? "sprayed password worked" : "failed sign-in of the spray"));
        }
    }

    private void mailbox(UserDay userDay, long start, List<Action> actions, boolean firstNight) {
        SplittableRandom dayRandom = userDay.random();
        UserProfile profile = userDay.profile();
        World world = userDay.world();
        if (firstNight) {
            SignIn signIn = new SignIn(start - 60, profile.upn(), profile.objectId(), attackerIp, ATTACKER_AGENT,
                    "Linux", "Firefox", AppIds.OFFICE_HOME, AppIds.EXCHANGE_ONLINE, sessionId, true, "Login:login");
            actions.add(Action.Emit.attacker(world.entra().signIn(signIn, dayRandom), FindingKind.ATTACKER_SIGN_IN,
                    "attacker signs in to Outlook on the web"));
            actions.add(Action.Emit.attacker(world.exchange().search(start + 40, profile, web, "password", "Owa",
                    dayRandom), FindingKind.ATTACKER_SEARCH, "password"));
        }
        long time = start + 120;
        for (int burst = 0; burst < 3; burst++) {
            time = AttackerReading.burst(userDay, web, time, 5 + dayRandom.nextInt(6), TARGET_FOLDERS, 5, 25, actions)
                    + 400 + dayRandom.nextInt(900);
        }
        if (firstNight) {
            int index = userDay.state().addMessage(MailFolder.SENT_ITEMS.ordinal());
            actions.add(Action.Emit.attacker(world.exchange().send(time, profile, web,
                    world.messages().sent(profile, index), "Document partagé : facture impayée", dayRandom),
                    FindingKind.ATTACKER_SEND, "phishing mail sent from the compromised mailbox"));
        }
    }
}
