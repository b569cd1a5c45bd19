package io.osprey.rules.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the saved Microsoft Graph responses say about the tenant's domains and applications. */
public record DirectoryInventory(List<DirectoryDomain> domains, List<ServicePrincipal> servicePrincipals,
                                 List<DirectoryApplication> applications) {
    public static final DirectoryInventory EMPTY = new DirectoryInventory(List.of(), List.of(), List.of());

    public DirectoryInventory {
        domains = List.copyOf(domains);
        servicePrincipals = List.copyOf(servicePrincipals);
        applications = List.copyOf(applications);
    }

    /**
     * Federated domains whose federation settings do not support MFA: Sparrow's precondition for the SAML
     * token check (a token for such a domain cannot carry the MFA claim the federated IdP did not do).
     */
    public List<DirectoryDomain> federatedDomainsWithoutMfa() {
        return domains.stream()
                .filter(DirectoryDomain::isFederated)
                .filter(domain -> domain.federation() == null || !domain.federation().mfaSupported())
                .toList();
    }

    public Optional<DirectoryDomain> domain(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return domains.stream().filter(domain -> domain.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public Optional<ServicePrincipal> servicePrincipalById(String objectId) {
        return servicePrincipals.stream().filter(principal -> principal.id().equalsIgnoreCase(objectId)).findFirst();
    }
}
