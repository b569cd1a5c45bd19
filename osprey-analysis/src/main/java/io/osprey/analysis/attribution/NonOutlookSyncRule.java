package io.osprey.analysis.attribution;

import io.osprey.analysis.Reason;

import java.util.Locale;
import java.util.Optional;

/**
 * Microsoft records Sync only for Outlook desktop (Windows or Mac); Sync from any other client (an EWS mail
 * client such as eM Client, or an unidentified one) is worth a look.
 */
public final class NonOutlookSyncRule implements SuspicionRule {
    public static final String CODE = "non-outlook-sync";

    @Override
    public Optional<Reason> evaluate(ContextFacts facts, TenantIndex tenant) {
        if (facts.context().syncRecords() == 0 || isOutlookDesktop(facts.context().key().clientInfoString())) {
            return Optional.empty();
        }
        String client = facts.context().key().clientInfoString();
        return Optional.of(new Reason(CODE, facts.context().syncRecords() + " Sync record(s) from "
                + (client == null ? "a client with no ClientInfoString" : "client " + client)
                + ", not Outlook desktop", 3));
    }

    public static boolean isOutlookDesktop(String clientInfoString) {
        if (clientInfoString == null) {
            return false;
        }
        String client = clientInfoString.trim().toLowerCase(Locale.ROOT);
        return client.startsWith("client=msexchangerpc") || client.startsWith("outlook");
    }
}
