package io.osprey.simulate.incident;

import io.osprey.simulate.activity.Action;
import io.osprey.simulate.activity.DayOutline;
import io.osprey.simulate.activity.SessionOverride;
import io.osprey.simulate.activity.UserDay;
import io.osprey.simulate.activity.UserState;
import io.osprey.simulate.activity.World;
import io.osprey.simulate.audit.AccessContext;
import io.osprey.simulate.audit.Quirks;
import io.osprey.simulate.operations.Cmdlet;
import io.osprey.simulate.operations.ExchangeRecords;
import io.osprey.simulate.record.JsonObject;
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
 * Adversary-in-the-middle token theft: the victim signs in to Outlook on the web through a phishing proxy (the
 * sign-in shows the proxy's address) and the attacker replays the stolen session from a hosting provider: the
 * victim's own SessionId, another address. The attacker searches the mailbox, binds selected messages, syncs
 * the Inbox with desktop Outlook and creates an inbox rule forwarding payment mail outside; it returns the
 * next day.
 */
final class TokenTheft implements Incident {
    static final String PROXY = "token-theft/aitm-proxy";
    static final String REPLAY = "token-theft/session-replay";
    private static final String ATTACKER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private static final int[] TARGET_FOLDERS = {MailFolder.INBOX.ordinal(), MailFolder.INBOX.ordinal(),
            MailFolder.ARCHIVE.ordinal(), MailFolder.CUSTOM.ordinal()};

    private final int victim;
    private final int day;
    private final SplittableRandom random;
    private String sessionId;
    private String proxyIp;
    private String replayIp;
    private String replayWritten;
    private AccessContext web;
    private AccessContext desktop;

    TokenTheft(int victim, int day, SplittableRandom random) {
        this.victim = victim;
        this.day = day;
        this.random = random;
    }

    @Override
    public void require(ProfileRequirements requirements) {
        requirements.requireOwa(victim);
    }

    @Override
    public void plant(World world, IntFunction<UserState> states) {
        UserProfile profile = world.users().get(victim);
        sessionId = RandomIds.guid(random);
        proxyIp = Network.hosting(random);
        replayIp = Network.hosting(random);
        replayWritten = Quirks.writtenAddress(replayIp, random);
        states.apply(victim).plantSessionOverride(new SessionOverride(ClientKind.OWA, day, sessionId, proxyIp, PROXY));
        world.truth().registerContext(Contexts.context(PROXY, "adversary-in-the-middle phishing proxy that relayed "
                        + "the victim's sign-in; the session it created is the victim's SessionId")
                .mailbox(profile.upn()).user(profile.upn()).address(proxyIp, proxyIp)
                .userAgent(profile.browser().userAgent()).build(), false);
        world.truth().registerContext(Contexts.context(REPLAY, "the attacker replaying the stolen session from a "
                        + "hosting provider: the victim's SessionId from another address")
                .mailbox(profile.upn()).user(profile.upn()).address(replayIp, replayWritten).session(sessionId, true)
                .client(ClientKind.OWA.clientInfoString()).client(ClientKind.OUTLOOK_DESKTOP.clientInfoString())
                .apps(AppIds.EXCHANGE_ONLINE, AppIds.ONE_OUTLOOK_WEB).userAgent(ATTACKER_AGENT).build(), false);
    }

    @Override
    public void act(UserDay userDay, DayOutline outline, List<Action> actions) {
        if (userDay.profile().index() != victim) {
            return;
        }
        if (userDay.day() == day) {
            long signIn = outline.firstUse().get(ClientKind.OWA) - 45;
            contexts(userDay.profile(), signIn);
            attack(userDay, signIn + 1_200 + userDay.random().nextInt(1_800), actions);
        } else if (userDay.day() == day + 1 && web != null) {
            AttackerReading.burst(userDay, web, userDay.at(2 + userDay.random().nextDouble() * 3),
                    3 + userDay.random().nextInt(4), TARGET_FOLDERS, 8, 40, actions);
        }
    }

    private void contexts(UserProfile profile, long signIn) {
        web = AccessContext.builder().clientAddress(replayWritten, replayIp)
                .clientInfoString(ClientKind.OWA.clientInfoString())
                .user(profile.upn(), profile.puid(), UserType.REGULAR, profile.sid()).sessionId(sessionId)
                .apps(AppIds.EXCHANGE_ONLINE, AppIds.ONE_OUTLOOK_WEB)
                .token(new AccessContext.Token(sessionId, AppIds.ONE_OUTLOOK_WEB, signIn,
                        RandomIds.uniqueTokenId(random))).attacker(REPLAY).build();
        desktop = AccessContext.builder().clientAddress(replayWritten, replayIp)
                .clientInfoString(ClientKind.OUTLOOK_DESKTOP.clientInfoString())
                .user(profile.upn(), profile.puid(), UserType.REGULAR, profile.sid()).sessionId(sessionId)
                .attacker(REPLAY).build();
    }

    private void attack(UserDay userDay, long start, List<Action> actions) {
        UserProfile profile = userDay.profile();
        SplittableRandom dayRandom = userDay.random();
        ExchangeRecords exchange = userDay.world().exchange();
        actions.add(Action.Emit.attacker(exchange.search(start, profile, web, "invoice", "Owa", dayRandom),
                FindingKind.ATTACKER_SEARCH, "invoice"));
        actions.add(Action.Emit.attacker(exchange.search(start + 95, profile, web, "wire transfer", "Owa",
                dayRandom), FindingKind.ATTACKER_SEARCH, "wire transfer"));
        long time = AttackerReading.burst(userDay, web, start + 150, 4 + dayRandom.nextInt(5), TARGET_FOLDERS, 6,
                30, actions);
        time = AttackerReading.burst(userDay, web, time + 1_300, 4 + dayRandom.nextInt(5), TARGET_FOLDERS, 6, 30,
                actions);
        actions.add(new Action.Sync(time + 600, desktop, MailFolder.INBOX.ordinal()));
        String ruleName = "..";
        List<JsonObject> parameters = new Cmdlet.Parameters()
                .add("AlwaysDeleteOutlookRulesBlob", "False").add("Force", "False")
                .add("ForwardTo", "fabrikam.payments@gmail.com")
                .add("SubjectOrBodyContainsWords", "invoice;payment;wire;virement")
                .add("MoveToFolder", "RSS Feeds").add("MarkAsRead", "True").add("Name", ruleName)
                .add("StopProcessingRules", "True").list();
        Cmdlet rule = new Cmdlet(time + 900, "New-InboxRule", profile.upn(), profile.puid(), replayIp,
                AppIds.EXCHANGE_ONLINE, sessionId, exchange.inboxRuleObjectId(profile, ruleName), profile.server(),
                parameters);
        actions.add(Action.Emit.attacker(exchange.cmdlet(rule, dayRandom), FindingKind.FORWARDING_INBOX_RULE,
                "forwards payment mail to fabrikam.payments@gmail.com"));
    }
}
