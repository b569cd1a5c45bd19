package io.osprey.rules.directory;

import java.util.List;
import java.util.Locale;

/**
 * One tenant domain from a saved {@code /domains} response.
 *
 * @param state      the domain state as written (Graph writes an object, serialized as compact JSON)
 * @param federation the federation configuration, or null when the response has none
 */
public record DirectoryDomain(String name, String authenticationType, String availabilityStatus,
                              String forceDeleteState, String isAdminManaged, String isDefault, String isInitial,
                              String isRoot, String isVerified, String state, List<String> supportedServices,
                              DomainFederation federation) {
    public DirectoryDomain {
        supportedServices = List.copyOf(supportedServices);
    }

    public boolean isFederated() {
        return "federated".equalsIgnoreCase(authenticationType);
    }

    /** Whether the name is this domain or one of its subdomains. */
    public boolean covers(String domainName) {
        String candidate = domainName.toLowerCase(Locale.ROOT);
        String own = name.toLowerCase(Locale.ROOT);
        return candidate.equals(own) || candidate.endsWith("." + own);
    }
}
