package io.osprey.simulate.incident;

import io.osprey.simulate.activity.Action;
import io.osprey.simulate.activity.ClientSessions;
import io.osprey.simulate.activity.DayOutline;
import io.osprey.simulate.activity.UserDay;
import io.osprey.simulate.activity.UserState;
import io.osprey.simulate.activity.World;
import io.osprey.simulate.audit.AccessContext;
import io.osprey.simulate.operations.DirectoryChange;
import io.osprey.simulate.operations.DirectoryChanges;
import io.osprey.simulate.operations.ServicePrincipal;
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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Illicit consent: several users consent to a third-party application asking for Mail.Read; the application
 * then reads their mailboxes through Microsoft Graph from its own servers: AppId is Graph's, ClientAppId the
 * application's, ClientInfoString {@code Client=REST;;}. It keeps reading the next day.
 */
final class OAuthApp implements Incident {
    static final String READER = "oauth-app/graph-reader";
    private static final String SCOPE = "Mail.Read offline_access User.Read";
    private static final int[] TARGET_FOLDERS = {MailFolder.INBOX.ordinal(), MailFolder.INBOX.ordinal(),
            MailFolder.INBOX.ordinal(), MailFolder.SENT_ITEMS.ordinal(), MailFolder.ARCHIVE.ordinal()};

    private final int[] victims;
    private final int day;
    private final SplittableRandom random;
    private final Map<Integer, AccessContext> readers = new HashMap<>();
    private ServicePrincipal app;
    private ServicePrincipal graph;
    private String appIp;

    OAuthApp(int[] victims, int day, SplittableRandom random) {
        this.victims = victims.clone();
        this.day = day;
        this.random = random;
    }

    @Override
    public void require(ProfileRequirements requirements) {
        // consent works from any client
    }

    @Override
    public void plant(World world, IntFunction<UserState> states) {
        app = new ServicePrincipal(RandomIds.guid(random), RandomIds.guid(random), "MailSync Assistant");
        graph = new ServicePrincipal(RandomIds.guid(random), AppIds.GRAPH, "Microsoft Graph");
        appIp = Network.hosting(random);
        Contexts context = Contexts.context(READER, "a third-party application the victims consented to, reading "
                + "their mail through Microsoft Graph from its own servers").address(appIp, appIp)
                .client("Client=REST;;").apps(AppIds.GRAPH, app.appId()).ioc("app:" + app.appId());
        for (int victim : victims) {
            context.mailbox(world.users().get(victim).upn());
        }
        world.truth().registerContext(context.build(), true);
    }

    @Override
    public void act(UserDay userDay, DayOutline outline, List<Action> actions) {
        int user = userDay.profile().index();
        int order = indexOf(user);
        if (order < 0) {
            return;
        }
        if (userDay.day() == day) {
            long consent = userDay.at(10 + order * 1.3 + userDay.random().nextDouble());
            consent(userDay, outline, consent, order == 0, actions);
            AttackerReading.steady(userDay, readers.get(user), consent + 300, consent + 3 * 3_600, 8, TARGET_FOLDERS,
                    actions);
        } else if (userDay.day() == day + 1 && readers.containsKey(user)) {
            long start = userDay.at(3 + userDay.random().nextDouble() * 2);
            AttackerReading.steady(userDay, readers.get(user), start, start + 3_600, 6, TARGET_FOLDERS, actions);
        }
    }

    private void consent(UserDay userDay, DayOutline outline, long time, boolean first, List<Action> actions) {
        UserProfile profile = userDay.profile();
        SplittableRandom dayRandom = userDay.random();
        World world = userDay.world();
        String sessionId = RandomIds.guid(dayRandom);
        String address = outline.contexts().isEmpty() ? profile.networks().office()
                : outline.contexts().values().iterator().next().clientIp();
        SignIn signIn = ClientSessions.signIn(profile, ClientKind.OWA, sessionId, address, time, true);
        actions.add(Action.Emit.benign(world.entra().signIn(new SignIn(signIn.time(), signIn.upn(),
                signIn.userObjectId(), signIn.clientIp(), signIn.userAgent(), signIn.operatingSystem(),
                signIn.browserType(), app.appId(), AppIds.GRAPH, sessionId, true, "OAuth2:Authorize"), dayRandom)));
        DirectoryChange.Actor actor = new DirectoryChange.Actor(profile.upn(), profile.objectId(), profile.puid());
        if (first) {
            actions.add(Action.Emit.attacker(world.directory().build(DirectoryChanges.addServicePrincipal(time + 20,
                    actor, app), dayRandom), FindingKind.SERVICE_PRINCIPAL_ADDED, app.displayName()));
        }
        actions.add(Action.Emit.attacker(world.directory().build(DirectoryChanges.addDelegatedPermissionGrant(
                time + 21, actor, app, graph, SCOPE), dayRandom), FindingKind.DELEGATED_PERMISSION_GRANT, SCOPE));
        String permissions = "[] => [[Id: " + RandomIds.base64Url(dayRandom, 43) + ", ClientId: " + app.objectId()
                + ", PrincipalId: " + profile.objectId() + ", ResourceId: " + graph.objectId()
                + ", ConsentType: Principal, Scope:  " + SCOPE + ", CreatedDateTime: , LastModifiedDateTime ]]; ";
        actions.add(Action.Emit.attacker(world.directory().build(DirectoryChanges.consentToApplication(time + 22,
                actor, app, false, false, permissions), dayRandom), FindingKind.CONSENT_TO_APPLICATION,
                app.displayName() + ": " + SCOPE));
        readers.put(profile.index(), AccessContext.builder().clientAddress(appIp, appIp)
                .clientInfoString("Client=REST;;")
                .user(profile.upn(), profile.puid(), UserType.REGULAR, profile.sid()).sessionId(sessionId)
                .apps(AppIds.GRAPH, app.appId())
                .token(new AccessContext.Token(sessionId, app.appId(), time, RandomIds.uniqueTokenId(dayRandom)))
                .restItemIds(true).attacker(READER).build());
    }

    private int indexOf(int user) {
        for (int index = 0; index < victims.length; index++) {
            if (victims[index] == user) {
                return index;
            }
        }
        return -1;
    }
}
