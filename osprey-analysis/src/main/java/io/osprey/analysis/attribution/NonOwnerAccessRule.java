package io.osprey.analysis.attribution;

import io.osprey.analysis.Reason;

import java.util.Optional;
import java.util.Set;

/**
 * Access by someone other than the owner (UserId differs from the mailbox owner) or with a delegate or admin
 * logon type, unless that actor already did so in the mailbox's baseline.
 */
public final class NonOwnerAccessRule implements SuspicionRule {
    public static final String CODE = "non-owner-access";
    private static final Set<String> NON_OWNER_LOGONS = Set.of("admin", "delegated", "delegatedadmin");

    @Override
    public Optional<Reason> evaluate(ContextFacts facts, TenantIndex tenant) {
        String user = facts.context().key().userId();
        String logon = facts.context().key().logonType();
        boolean otherUser = user != null && !user.equals(facts.mailbox());
        boolean nonOwnerLogon = logon != null && NON_OWNER_LOGONS.contains(logon.toLowerCase(java.util.Locale.ROOT));
        if (!otherUser && !nonOwnerLogon) {
            return Optional.empty();
        }
        if (facts.baseline().available() && facts.baseline().actors().contains(MailboxBaseline.actorKey(facts.context()))) {
            return Optional.empty();
        }
        String who = otherUser ? user + " accessed the mailbox of " + facts.mailbox() : "access";
        String how = logon == null ? "" : " with logon type " + logon;
        return Optional.of(new Reason(CODE, "non-owner access: " + who + how
                + (facts.baseline().available() ? ", not seen in the mailbox's baseline" : ""), 3));
    }
}
