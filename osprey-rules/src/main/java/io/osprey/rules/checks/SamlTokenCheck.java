package io.osprey.rules.checks;

import io.osprey.model.AuditEvent;
import io.osprey.rules.Level;
import io.osprey.rules.directory.DirectoryDomain;
import io.osprey.rules.engine.EventView;
import io.osprey.rules.engine.JsonText;
import io.osprey.rules.sparrow.SparrowExport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sparrow's SAML token check: a sign-in (UserLoggedIn or UserLoginFailed) carrying error 16457 for a user of a
 * federated domain whose federation settings do not support MFA (or a subdomain of one). Error 16457 on such
 * a domain is what a forged SAML token (Golden SAML) claiming MFA the identity provider cannot do looks like.
 * The error number is looked for where the log writes it: ErrorNumber, LogonError and the ExtendedProperties
 * values. Without a domain list (no directory inventory) the check cannot apply and never fires.
 */
public final class SamlTokenCheck implements CodeCheck {
    public static final String ID = "aad-saml-token-error-16457";
    public static final CheckInfo INFO = new CheckInfo(ID,
            "Sign-in error 16457 for a federated domain whose settings do not support MFA", Level.HIGH,
            "A SAML token for a federated domain without MFA support claimed MFA; forged tokens (Golden SAML) do "
                    + "this. Sparrow's SAMLToken check.",
            Optional.of(SparrowExport.SAML_TOKEN_OPERATIONS));
    private static final Set<String> OPERATIONS = Set.of("UserLoggedIn", "UserLoginFailed");
    private static final String ERROR = "16457";

    private final List<DirectoryDomain> domains;

    /** @param federatedDomainsWithoutMfa the domains the check applies to (with their subdomains) */
    public SamlTokenCheck(List<DirectoryDomain> federatedDomainsWithoutMfa) {
        this.domains = List.copyOf(federatedDomainsWithoutMfa);
    }

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public Optional<Map<String, String>> evaluate(EventView view) {
        AuditEvent event = view.event();
        if (domains.isEmpty() || !OPERATIONS.contains(event.operation()) || !mentionsError(view)) {
            return Optional.empty();
        }
        String userDomain = userDomain(event.userId());
        if (userDomain == null) {
            return Optional.empty();
        }
        Optional<DirectoryDomain> domain = domains.stream().filter(candidate -> candidate.covers(userDomain))
                .findFirst();
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Operation", event.operation());
        fields.put("Domain", userDomain);
        fields.put("FederatedDomain", domain.get().name());
        putIfPresent(fields, "ErrorNumber", JsonText.scalar(view.auditData().get("ErrorNumber")));
        putIfPresent(fields, "LogonError", JsonText.scalar(view.auditData().get("LogonError")));
        putIfPresent(fields, "ClientIP", event.clientAddress() == null ? null : event.clientAddress().normalized());
        return Optional.of(Collections.unmodifiableMap(fields));
    }

    private static boolean mentionsError(EventView view) {
        if (ERROR.equals(JsonText.scalar(view.auditData().get("ErrorNumber")).trim())
                || JsonText.scalar(view.auditData().get("LogonError")).contains(ERROR)) {
            return true;
        }
        return view.event().extendedProperties().values().stream()
                .anyMatch(value -> value != null && value.contains(ERROR));
    }

    private static String userDomain(String userId) {
        if (userId == null) {
            return null;
        }
        int at = userId.lastIndexOf('@');
        return at < 0 || at == userId.length() - 1 ? null : userId.substring(at + 1).trim();
    }

    private static void putIfPresent(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value);
        }
    }
}
