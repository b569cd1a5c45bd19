package io.osprey.simulate.activity;

import io.osprey.simulate.audit.MailItemsAccessedRecords;
import io.osprey.simulate.audit.MailboxAuditor;
import io.osprey.simulate.tenant.ClientKind;
import io.osprey.simulate.tenant.MailFolder;
import io.osprey.simulate.tenant.UserProfile;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the simulation remembers about a user from one day to the next (and nothing more, so memory depends
 * on the number of users only): folder sizes, client sessions, the mailbox's audit state, the folders its
 * records have shown, planted session changes.
 */
public final class UserState {
    private final UserProfile profile;
    private final int[] folderCounts = new int[MailFolder.COUNT];
    private final DeviceSession[] sessions = new DeviceSession[ClientKind.values().length];
    private final MailboxAuditor auditor;
    private int foldersSeen;
    private SessionOverride sessionOverride;
    private ClientKind plannedClient;
    private int plannedFrom = -1;
    private int plannedTo = -1;

    public UserState(UserProfile profile, MailItemsAccessedRecords records) {
        this.profile = profile;
        this.auditor = new MailboxAuditor(profile, records);
        for (int folder = 0; folder < MailFolder.COUNT; folder++) {
            folderCounts[folder] = profile.initialFolderCount(folder);
        }
    }

    public UserProfile profile() {
        return profile;
    }

    public int folderCount(int folder) {
        return folderCounts[folder];
    }

    public void addMessages(int folder, int count) {
        folderCounts[folder] += count;
    }

    /** Adds one message to a folder and returns its index. */
    public int addMessage(int folder) {
        return folderCounts[folder]++;
    }

    public DeviceSession session(ClientKind kind) {
        return sessions[kind.ordinal()];
    }

    public void session(ClientKind kind, DeviceSession session) {
        sessions[kind.ordinal()] = session;
    }

    public MailboxAuditor auditor() {
        return auditor;
    }

    public void folderSeen(int folder) {
        foldersSeen |= 1 << folder;
    }

    /** The folder paths the mailbox's MailItemsAccessed records have shown. */
    public Set<String> foldersSeen() {
        Set<String> paths = new LinkedHashSet<>();
        for (int folder = 0; folder < MailFolder.COUNT; folder++) {
            if ((foldersSeen & (1 << folder)) != 0) {
                paths.add(profile.folderPath(folder));
            }
        }
        return paths;
    }

    /** Makes the user use a client (which the profile has) every day from {@code fromDay} to {@code toDay}. */
    public void planUse(ClientKind kind, int fromDay, int toDay) {
        plannedClient = kind;
        plannedFrom = fromDay;
        plannedTo = toDay;
    }

    public boolean plannedUse(ClientKind kind, int day) {
        return kind == plannedClient && day >= plannedFrom && day <= plannedTo;
    }

    public void plantSessionOverride(SessionOverride override) {
        this.sessionOverride = override;
    }

    /** The planted session change for this client on this day, if any. */
    public SessionOverride sessionOverride(ClientKind kind, int day) {
        SessionOverride override = sessionOverride;
        return override != null && override.kind() == kind && override.day() == day ? override : null;
    }
}
