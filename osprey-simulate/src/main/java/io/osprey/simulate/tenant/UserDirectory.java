package io.osprey.simulate.tenant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Creates the tenant's users. User 0 is the IT administrator; everyone else is a regular employee. */
public final class UserDirectory {
    private static final UserProfile.Browser[] BROWSERS = {
            new UserProfile.Browser("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                    + "Gecko) Chrome/133.0.0.0 Safari/537.36", "Windows10", "Chrome"),
            new UserProfile.Browser("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                    + "Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0", "Windows10", "Edge"),
            new UserProfile.Browser("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, "
                    + "like Gecko) Version/18.3 Safari/605.1.15", "MacOs", "Safari"),
            new UserProfile.Browser("Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:135.0) Gecko/20100101 "
                    + "Firefox/135.0", "MacOs", "Firefox")};
    private static final int[][] MAILBOX_SIZES = {{300, 2500}, {100, 1200}, {0, 4000}, {0, 25}, {10, 400},
            {10, 600}};

    private UserDirectory() {
    }

    public static List<UserProfile> create(long seed, Tenant tenant, int users, ProfileRequirements requirements) {
        String[] offices = Network.officeEgress(Seeds.stream(seed, Seeds.TENANT, 1), 3);
        Set<String> nicknames = new HashSet<>();
        List<UserProfile> profiles = new ArrayList<>(users);
        for (int index = 0; index < users; index++) {
            SplittableRandom random = Seeds.stream(seed, Seeds.USER_PROFILE, index);
            String displayName = index == 0 ? "IT Administrator" : PersonNames.displayName(random);
            String nickname = index == 0 ? "admin" : PersonNames.mailNickname(displayName);
            String unique = nickname;
            for (int suffix = 2; !nicknames.add(unique); suffix++) {
                unique = nickname + suffix;
            }
            UserProfile.Identity identity = new UserProfile.Identity(index, unique + "@" + tenant.domain(),
                    displayName, RandomIds.guid(random), RandomIds.puid(random),
                    tenant.domainSid() + "-" + random.nextInt(1_000, 90_000_000), RandomIds.guid(random),
                    tenant.mailboxServers().get(random.nextInt(tenant.mailboxServers().size())));
            profiles.add(new UserProfile(identity, mailbox(random, index, requirements), clients(random, index,
                    requirements), new UserProfile.Networks(offices[random.nextInt(offices.length)],
                    Network.residential(random), Network.mobile(random)), BROWSERS[random.nextInt(BROWSERS.length)]));
        }
        return profiles;
    }

    private static UserProfile.Mailbox mailbox(SplittableRandom random, int index, ProfileRequirements requirements) {
        int language = random.nextInt(100) < 82 ? 0 : random.nextInt(100) < 60 ? 1 : 2;
        String[] paths = FolderNames.paths(language, random);
        String[] ids = new String[MailFolder.COUNT];
        int[] counts = new int[MailFolder.COUNT];
        for (int folder = 0; folder < MailFolder.COUNT; folder++) {
            ids[folder] = RandomIds.folderStoreId(random);
            counts[folder] = random.nextInt(MAILBOX_SIZES[folder][0], MAILBOX_SIZES[folder][1] + 1);
            if (requirements.largeMailbox(index)) {
                counts[folder] = folder == MailFolder.DRAFTS.ordinal() ? counts[folder] : 2_000 + counts[folder] * 2;
            }
        }
        return new UserProfile.Mailbox(paths, ids, counts, !requirements.unaudited(index));
    }

    private static List<ClientKind> clients(SplittableRandom random, int index, ProfileRequirements requirements) {
        List<ClientKind> clients = new ArrayList<>();
        boolean desktop = requirements.desktop(index) || random.nextInt(100) < 65;
        boolean owa = requirements.owa(index) || random.nextInt(100) < 55 || !desktop;
        if (desktop) {
            clients.add(ClientKind.OUTLOOK_DESKTOP);
        }
        if (owa) {
            clients.add(ClientKind.OWA);
        }
        if (random.nextInt(100) < 70) {
            int platform = random.nextInt(100);
            clients.add(platform < 45 ? ClientKind.OUTLOOK_IOS : platform < 80 ? ClientKind.OUTLOOK_ANDROID
                    : ClientKind.REST_MOBILE);
        }
        if (random.nextInt(100) < 30) {
            clients.add(ClientKind.MICROSOFT_APP);
        }
        return clients;
    }
}
