package io.osprey.simulate.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated organization: its ids, names and the Exchange Online servers its mailboxes live on.
 *
 * @param organizationId   OrganizationId (the Entra tenant id)
 * @param organizationName the initial domain, e.g. {@code fabrikam.onmicrosoft.com}
 * @param domain           the verified domain users sign in with
 * @param domainSid        the SID prefix of every user, e.g. {@code S-1-5-21-1-2-3}
 * @param mailboxServers   Exchange Online mailbox server names, e.g. {@code DM6PR01MB1234}
 * @param exchangeBuild    the Exchange build shown in OriginatingServer, e.g. {@code 15.20.8722.026}
 * @param workspaceId      the Log Analytics workspace tenant id of the Sentinel rows
 * @param exchangeOrgPath  the prefix of Exchange admin ObjectIds (forest path of the hosted organization)
 */
public record Tenant(String organizationId, String organizationName, String domain, String domainSid,
                     List<String> mailboxServers, String exchangeBuild, String workspaceId,
                     String exchangeOrgPath) {
    private static final String[] SERVER_PREFIXES = {"DM6PR", "BN6PR", "SN6PR", "CH3PR", "MW4PR", "BY5PR",
            "SA1PR", "PH0PR"};

    public Tenant {
        mailboxServers = List.copyOf(mailboxServers);
    }

    public static Tenant create(long seed) {
        SplittableRandom random = Seeds.stream(seed, Seeds.TENANT);
        String organizationName = "fabrikam.onmicrosoft.com";
        String domainSid = "S-1-5-21-" + (1_000_000_000L + random.nextInt(1_000_000_000)) + "-"
                + (1_000_000_000L + random.nextInt(1_000_000_000)) + "-"
                + (1_000_000_000L + random.nextInt(1_000_000_000));
        List<String> servers = new ArrayList<>();
        for (int index = 0; index < 24; index++) {
            servers.add(SERVER_PREFIXES[random.nextInt(SERVER_PREFIXES.length)]
                    + twoDigits(1 + random.nextInt(19)) + "MB" + (1000 + random.nextInt(9000)));
        }
        String build = "15.20." + (8600 + random.nextInt(300)) + ".0" + (10 + random.nextInt(40));
        String forest = "NAMPR" + twoDigits(1 + random.nextInt(19)) + "A0" + (10 + random.nextInt(89))
                + ".PROD.OUTLOOK.COM";
        return new Tenant(RandomIds.guid(random), organizationName, "fabrikam.com", domainSid, servers, build,
                RandomIds.guid(random), forest + "/Microsoft Exchange Hosted Organizations/" + organizationName);
    }

    static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    /** OriginatingServer of mailbox records: server, build, and the trailing CRLF real records carry. */
    public String originatingServer(String server) {
        return adminOriginatingServer(server) + "\r\n";
    }

    /** OriginatingServer of admin (cmdlet) records, which have no trailing CRLF. */
    public String adminOriginatingServer(String server) {
        return server + " (" + exchangeBuild + ")";
    }

    /** The host of InternetMessageIds minted on a server, e.g. {@code DM6PR01MB1234.namprd01.prod.outlook.com}. */
    public static String messageHost(String server) {
        return server + ".namprd" + server.substring(5, 7) + ".prod.outlook.com";
    }
}
