package io.osprey.simulate.activity;

import io.osprey.simulate.audit.AccessContext;
import io.osprey.simulate.operations.Cmdlet;
import io.osprey.simulate.operations.DirectoryChange;
import io.osprey.simulate.operations.DirectoryChanges;
import io.osprey.simulate.operations.SignIn;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.JsonObject;
import io.osprey.simulate.tenant.AppIds;
import io.osprey.simulate.tenant.ClientKind;
import io.osprey.simulate.tenant.FolderNames;
import io.osprey.simulate.tenant.MailFolder;
import io.osprey.simulate.tenant.UserProfile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The everyday operations around reading mail: sending, searching, mistyped passwords, the odd inbox rule,
 * and the administrator's routine changes (Set-Mailbox, revoking a user's sessions).
 */
public final class EverydayOperations {
    static final String EXCHANGE_ADMIN_CENTER = "497effe9-df71-4043-a8bb-14cf78c4b63b";
    private static final String[] SUBJECTS = {"Re: Q1 planning", "Meeting notes", "Invoice 2026-0341",
            "Re: Déjeuner jeudi ?", "Updated slides", "FW: Vertrag Müller GmbH", "Travel booking", "Re: Budget",
            "Quick question", "Weekly report", "Re: Angebot Nr. 4711", "Café with the team"};
    private static final String[] QUERIES = {"invoice", "budget", "slides", "contrat", "Müller", "report",
            "meeting", "travel"};
    private static final String[] NEWSLETTER_SENDERS = {"news@updates.contoso.com", "digest@mail.fabrikam-partners.com",
            "noreply@newsletter.example.org"};

    private EverydayOperations() {
    }

    static void add(UserDay day, Map<ClientKind, AccessContext> contexts, EnumMap<ClientKind, Long> firstUse,
                    List<Action> actions) {
        if (contexts.isEmpty()) {
            return;
        }
        SplittableRandom random = day.random();
        AccessContext writer = writingContext(contexts);
        long first = firstUse.values().stream().min(Long::compare).orElse(day.at(9));
        long end = day.at(day.weekend() ? 20 : 17.5);
        int sends = day.weekend() ? random.nextInt(2) : random.nextInt(8);
        for (int send = 0; send < sends && writer != null; send++) {
            int index = day.state().addMessage(MailFolder.SENT_ITEMS.ordinal());
            actions.add(Action.Emit.benign(day.world().exchange().send(BenignLife.between(first + 120, end, random),
                    day.profile(), writer, day.world().messages().sent(day.profile(), index),
                    SUBJECTS[random.nextInt(SUBJECTS.length)], random)));
        }
        if (writer != null && random.nextInt(100) < 12) {
            actions.add(Action.Emit.benign(day.world().exchange().search(BenignLife.between(first, end, random),
                    day.profile(), writer, QUERIES[random.nextInt(QUERIES.length)], querySource(writer), random)));
        }
        if (random.nextInt(100) < 2) {
            failedSignIn(day, contexts, first, actions);
        }
        AccessContext web = contexts.get(ClientKind.OWA);
        if (web != null && random.nextInt(1000) < 4) {
            actions.add(Action.Emit.benign(newsletterRule(day, web, BenignLife.between(first, end, random))));
        }
        if (web != null && random.nextInt(1000) < 3) {
            actions.add(Action.Emit.benign(ruleEdit(day, web, BenignLife.between(first, end, random))));
        }
        if (day.profile().index() == 0 && !day.weekend()) {
            administration(day, first, end, actions);
        }
    }

    private static AccessContext writingContext(Map<ClientKind, AccessContext> contexts) {
        for (ClientKind kind : new ClientKind[]{ClientKind.OUTLOOK_DESKTOP, ClientKind.OWA, ClientKind.OUTLOOK_IOS,
                ClientKind.OUTLOOK_ANDROID, ClientKind.REST_MOBILE}) {
            if (contexts.containsKey(kind)) {
                return contexts.get(kind);
            }
        }
        return null;
    }

    /** Where a search was typed, as QuerySource names the client. */
    static String querySource(AccessContext context) {
        String client = context.clientInfoString();
        if (client.startsWith("Client=OWA")) {
            return "Owa";
        }
        return client.startsWith("Client=MSExchangeRPC") ? "Outlook" : "OutlookMobile";
    }

    private static void failedSignIn(UserDay day, Map<ClientKind, AccessContext> contexts, long first,
                                     List<Action> actions) {
        AccessContext context = contexts.values().iterator().next();
        UserProfile profile = day.profile();
        SignIn signIn = new SignIn(first - 40, profile.upn(), profile.objectId(), context.clientIp(),
                profile.browser().userAgent(), profile.browser().operatingSystem(), profile.browser().browserType(),
                AppIds.OFFICE_HOME, AppIds.EXCHANGE_ONLINE, null, false, "Login:login");
        actions.add(Action.Emit.benign(day.world().entra().signIn(signIn, day.random())));
    }

    private static AuditRecord newsletterRule(UserDay day, AccessContext web, long time) {
        UserProfile profile = day.profile();
        SplittableRandom random = day.random();
        String name = random.nextBoolean() ? "Newsletters" : "Infolettres → " + FolderNames.displayName(
                profile.folderPath(MailFolder.CUSTOM.ordinal()));
        List<JsonObject> parameters = new Cmdlet.Parameters()
                .add("AlwaysDeleteOutlookRulesBlob", "False").add("Force", "False")
                .add("From", NEWSLETTER_SENDERS[random.nextInt(NEWSLETTER_SENDERS.length)])
                .add("MoveToFolder", FolderNames.displayName(profile.folderPath(MailFolder.CUSTOM.ordinal())))
                .add("Name", name).add("StopProcessingRules", "True").list();
        return day.world().exchange().cmdlet(new Cmdlet(time, "New-InboxRule", profile.upn(), profile.puid(),
                web.clientIp(), AppIds.EXCHANGE_ONLINE, web.sessionId(),
                day.world().exchange().inboxRuleObjectId(profile, name), profile.server(), parameters), random);
    }

    /** Set-InboxRule on an existing rule, identified as Exchange does: mailbox object id and rule id. */
    private static AuditRecord ruleEdit(UserDay day, AccessContext web, long time) {
        UserProfile profile = day.profile();
        SplittableRandom random = day.random();
        String identity = profile.objectId() + "\\" + (1_000_000_000_000_000_000L
                + random.nextLong(8_000_000_000_000_000_000L));
        List<JsonObject> parameters = new Cmdlet.Parameters().add("Identity", identity)
                .add("MarkAsRead", random.nextBoolean() ? "True" : "False").add("StopProcessingRules", "True").list();
        return day.world().exchange().cmdlet(new Cmdlet(time, "Set-InboxRule", profile.upn(), profile.puid(),
                web.clientIp(), AppIds.EXCHANGE_ONLINE, web.sessionId(),
                day.world().tenant().exchangeOrgPath() + "/" + identity, profile.server(), parameters), random);
    }

    private static void administration(UserDay day, long first, long end, List<Action> actions) {
        SplittableRandom random = day.random();
        List<UserProfile> users = day.world().users();
        UserProfile admin = day.profile();
        if (users.size() > 1 && random.nextInt(100) < 10) {
            UserProfile target = users.get(1 + random.nextInt(users.size() - 1));
            List<JsonObject> parameters = new Cmdlet.Parameters()
                    .add("Identity", target.displayName()).add("RetainDeletedItemsFor", "30.00:00:00").list();
            actions.add(Action.Emit.benign(day.world().exchange().cmdlet(new Cmdlet(
                    BenignLife.between(first, end, random), "Set-Mailbox", admin.upn(), admin.puid(),
                    admin.networks().office(), EXCHANGE_ADMIN_CENTER, null,
                    day.world().exchange().mailboxObjectId(target), target.server(), parameters), random)));
        }
        if (users.size() > 1 && random.nextInt(100) < 3) {
            UserProfile target = users.get(1 + random.nextInt(users.size() - 1));
            DirectoryChange change = DirectoryChanges.updateStsRefreshTokenValidFrom(
                    BenignLife.between(first, end, random), new DirectoryChange.Actor(admin.upn(), admin.objectId(),
                            admin.puid()), target.upn(), target.objectId(), target.puid());
            actions.add(Action.Emit.benign(day.world().directory().build(change, random)));
        }
    }
}
