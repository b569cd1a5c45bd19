package io.osprey.simulate.incident;

import io.osprey.simulate.activity.Action;
import io.osprey.simulate.activity.DayOutline;
import io.osprey.simulate.activity.UserDay;
import io.osprey.simulate.activity.UserState;
import io.osprey.simulate.activity.World;
import io.osprey.simulate.audit.AccessContext;
import io.osprey.simulate.audit.Quirks;
import io.osprey.simulate.operations.AppRole;
import io.osprey.simulate.operations.Cmdlet;
import io.osprey.simulate.operations.DirectoryChange;
import io.osprey.simulate.operations.DirectoryChanges;
import io.osprey.simulate.operations.ServicePrincipal;
import io.osprey.simulate.operations.SignIn;
import io.osprey.simulate.record.JsonObject;
import io.osprey.simulate.record.UserType;
import io.osprey.simulate.tenant.AppIds;
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
 * Tenant takeover with the administrator's account: PowerShell sign-ins, a federation backdoor on a domain,
 * a certificate added to an existing application, Exchange's full_access_as_app role granted to it (admin
 * consent), a mailbox forwarded outside; the application then reads executives' mail app-only through EWS.
 */
final class TenantTakeover implements Incident {
    static final String ADMIN = "tenant-takeover/admin-powershell";
    static final String APP = "tenant-takeover/app-only-ews";
    static final int ADMIN_USER = 0;
    private static final String POWERSHELL_AGENT = "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) "
            + "WindowsPowerShell/5.1.22621.4391";
    private static final String EWS_CLIENT = "Client=WebServices;ExchangeWebServices/15.20.8722;";
    private static final String DOMAIN = "fabrikam-ventures.com";
    private static final int[] TARGET_FOLDERS = {MailFolder.INBOX.ordinal(), MailFolder.INBOX.ordinal(),
            MailFolder.SENT_ITEMS.ordinal(), MailFolder.ARCHIVE.ordinal()};

    private final int[] readTargets;
    private final int day;
    private final SplittableRandom random;
    private ServicePrincipal app;
    private ServicePrincipal exchange;
    private String adminIp;
    private String adminSession;
    private String appIp;
    private String appWritten;

    TenantTakeover(int[] readTargets, int day, SplittableRandom random) {
        this.readTargets = readTargets.clone();
        this.day = day;
        this.random = random;
    }

    @Override
    public void require(ProfileRequirements requirements) {
        // the administrator is user 0; the read mailboxes need nothing special
    }

    @Override
    public void plant(World world, IntFunction<UserState> states) {
        app = new ServicePrincipal(RandomIds.guid(random), RandomIds.guid(random), "Legacy Mail Sync");
        exchange = new ServicePrincipal(RandomIds.guid(random), AppIds.EXCHANGE_ONLINE, "Office 365 Exchange Online");
        adminIp = Network.hosting(random);
        adminSession = RandomIds.guid(random);
        appIp = Network.hosting(random);
        appWritten = Quirks.addressWithPort(appIp, random);
        String admin = world.users().get(ADMIN_USER).upn();
        world.truth().registerContext(Contexts.context(ADMIN, "the attacker using the administrator's account "
                        + "through Azure AD and Exchange PowerShell").mailbox(admin).user(admin)
                .address(adminIp, adminIp).session(adminSession, false).userAgent(POWERSHELL_AGENT)
                .apps(AppIds.EXCHANGE_REST_POWERSHELL, null).build(), false);
        world.truth().target(admin, "the administrator account the attacker used (mailbox not accessed)");
        Contexts reader = Contexts.context(APP, "an application given full_access_as_app reading mailboxes "
                + "app-only through EWS").user(app.appId()).address(appIp, appWritten).client(EWS_CLIENT)
                .apps(app.appId(), app.appId()).ioc("app:" + app.appId());
        for (int target : readTargets) {
            reader.mailbox(world.users().get(target).upn());
        }
        world.truth().registerContext(reader.build(), true);
    }

    @Override
    public void act(UserDay userDay, DayOutline outline, List<Action> actions) {
        int user = userDay.profile().index();
        if (user == ADMIN_USER && userDay.day() == day) {
            takeover(userDay, actions);
        }
        for (int order = 0; order < readTargets.length; order++) {
            if (readTargets[order] == user && (userDay.day() == day || userDay.day() == day + 1)) {
                long start = userDay.at(userDay.day() == day ? 2 + order * 0.5 : 1 + userDay.random().nextDouble());
                AttackerReading.steady(userDay, reader(userDay.profile()), start, start + (order == 0 ? 5_400 : 2_400),
                        10, TARGET_FOLDERS, actions);
            }
        }
    }

    private AccessContext reader(UserProfile mailbox) {
        return AccessContext.builder().clientAddress(appWritten, appIp).clientInfoString(EWS_CLIENT)
                .user(app.appId(), app.appId(), UserType.APPLICATION, mailbox.sid()).apps(app.appId(), app.appId())
                .attacker(APP).build();
    }

    private void takeover(UserDay userDay, List<Action> actions) {
        World world = userDay.world();
        UserProfile admin = userDay.profile();
        SplittableRandom dayRandom = userDay.random();
        DirectoryChange.Actor actor = new DirectoryChange.Actor(admin.upn(), admin.objectId(), admin.puid());
        long time = userDay.at(1.1);
        actions.add(powerShellSignIn(world, admin, time, AppIds.AZURE_AD_POWERSHELL, AppIds.AZURE_AD_GRAPH, dayRandom));
        actions.add(Action.Emit.attacker(world.directory().build(DirectoryChanges.setDomainAuthentication(time + 240,
                actor, DOMAIN), dayRandom), FindingKind.FEDERATION_CHANGE, DOMAIN + " set to Federated"));
        String issuer = "http://any.sts/" + RandomIds.hexUpper(dayRandom, 8);
        actions.add(Action.Emit.attacker(world.directory().build(DirectoryChanges.setFederationSettings(time + 300,
                actor, DOMAIN, issuer, "MIIC" + RandomIds.base64(dayRandom, 120)), dayRandom),
                FindingKind.FEDERATION_CHANGE, "issuer " + issuer));
        actions.add(Action.Emit.attacker(world.directory().build(DirectoryChanges.addServicePrincipalCredentials(
                time + 720, actor, app, RandomIds.guid(dayRandom), "CN=" + app.displayName()), dayRandom),
                FindingKind.SERVICE_PRINCIPAL_CREDENTIALS, "certificate added to " + app.displayName()));
        actions.add(Action.Emit.attacker(world.directory().build(DirectoryChanges.addAppRoleAssignment(time + 900,
                actor, app, exchange, AppRole.FULL_ACCESS_AS_APP), dayRandom),
                FindingKind.APP_ROLE_FULL_ACCESS_AS_APP, "full_access_as_app granted to " + app.displayName()));
        actions.add(Action.Emit.attacker(world.directory().build(DirectoryChanges.consentToApplication(time + 905,
                actor, app, true, true, "[] => [[Role: full_access_as_app, ResourceId: " + exchange.objectId()
                        + "]]; "), dayRandom), FindingKind.CONSENT_TO_APPLICATION, "admin consent, app-only"));
        actions.add(powerShellSignIn(world, admin, time + 1_740, AppIds.EXCHANGE_REST_POWERSHELL,
                AppIds.EXCHANGE_ONLINE, dayRandom));
        UserProfile executive = world.users().get(readTargets[0]);
        List<JsonObject> parameters = new Cmdlet.Parameters().add("Identity", executive.displayName())
                .add("ForwardingSmtpAddress", "smtp:exec.archive@proton-mailbox.net")
                .add("DeliverToMailboxAndForward", "True").list();
        actions.add(Action.Emit.attacker(world.exchange().cmdlet(new Cmdlet(time + 2_100, "Set-Mailbox", admin.upn(),
                admin.puid(), adminIp, AppIds.EXCHANGE_REST_POWERSHELL, adminSession,
                world.exchange().mailboxObjectId(executive), executive.server(), parameters), dayRandom),
                FindingKind.MAILBOX_FORWARDING, executive.upn() + " forwarded to exec.archive@proton-mailbox.net"));
    }

    private Action powerShellSignIn(World world, UserProfile admin, long time, String application, String resource,
                                    SplittableRandom dayRandom) {
        SignIn signIn = new SignIn(time, admin.upn(), admin.objectId(), adminIp, POWERSHELL_AGENT, "Windows10", null,
                application, resource, adminSession, true, "Login:login");
        return Action.Emit.attacker(world.entra().signIn(signIn, dayRandom), FindingKind.POWERSHELL_SIGN_IN,
                application.equals(AppIds.AZURE_AD_POWERSHELL) ? "Azure AD PowerShell" : "Exchange PowerShell");
    }
}
