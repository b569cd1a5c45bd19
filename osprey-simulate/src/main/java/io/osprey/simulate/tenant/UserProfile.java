package io.osprey.simulate.tenant;

import java.util.List;

/**
 * A simulated user and mailbox: identities, language, folders, clients and usual networks. Immutable.
 */
public final class UserProfile {
    private final int index;
    private final String upn;
    private final String displayName;
    private final String objectId;
    private final String puid;
    private final String sid;
    private final String mailboxGuid;
    private final String server;
    private final String[] folderPaths;
    private final String[] folderIds;
    private final int[] initialFolderCounts;
    private final List<ClientKind> clients;
    private final Networks networks;
    private final Browser browser;
    private final boolean mailItemsAccessedAudited;

    /** The user's usual networks: office egress (shared by a site), home, mobile carrier. */
    public record Networks(String office, String home, String mobile) {
    }

    /** The user's web browser as sign-in records describe it. */
    public record Browser(String userAgent, String operatingSystem, String browserType) {
    }

    /** The identities of a user. */
    public record Identity(int index, String upn, String displayName, String objectId, String puid, String sid,
                           String mailboxGuid, String server) {
    }

    /** The mailbox: folder paths and store ids by folder index, and the message count each starts with. */
    public record Mailbox(String[] folderPaths, String[] folderIds, int[] initialFolderCounts,
                          boolean mailItemsAccessedAudited) {
    }

    public UserProfile(Identity identity, Mailbox mailbox, List<ClientKind> clients, Networks networks,
                       Browser browser) {
        this.index = identity.index();
        this.upn = identity.upn();
        this.displayName = identity.displayName();
        this.objectId = identity.objectId();
        this.puid = identity.puid();
        this.sid = identity.sid();
        this.mailboxGuid = identity.mailboxGuid();
        this.server = identity.server();
        this.folderPaths = mailbox.folderPaths().clone();
        this.folderIds = mailbox.folderIds().clone();
        this.initialFolderCounts = mailbox.initialFolderCounts().clone();
        this.mailItemsAccessedAudited = mailbox.mailItemsAccessedAudited();
        this.clients = List.copyOf(clients);
        this.networks = networks;
        this.browser = browser;
    }

    public int index() {
        return index;
    }

    public String upn() {
        return upn;
    }

    public String displayName() {
        return displayName;
    }

    public String objectId() {
        return objectId;
    }

    public String puid() {
        return puid;
    }

    public String sid() {
        return sid;
    }

    public String mailboxGuid() {
        return mailboxGuid;
    }

    public String server() {
        return server;
    }

    public String folderPath(int folder) {
        return folderPaths[folder];
    }

    public String folderId(int folder) {
        return folderIds[folder];
    }

    public int initialFolderCount(int folder) {
        return initialFolderCounts[folder];
    }

    public List<ClientKind> clients() {
        return clients;
    }

    public boolean uses(ClientKind kind) {
        return clients.contains(kind);
    }

    public Networks networks() {
        return networks;
    }

    public Browser browser() {
        return browser;
    }

    /** False for a mailbox whose audit set lacks MailItemsAccessed: none of its accesses is recorded. */
    public boolean mailItemsAccessedAudited() {
        return mailItemsAccessedAudited;
    }
}
