package io.osprey.rules.directory;

import io.osprey.rules.sparrow.SparrowTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The directory inventory as CSV tables: Sparrow's {@code Domain_List.csv} and
 * {@code ApplicationGraphPermissions.csv} (its columns first, then Osprey's), and
 * {@code ApplicationCredentials.csv}.
 */
public final class InventoryTables {
    public static final String DOMAIN_LIST = "Domain_List.csv";
    public static final String APPLICATION_PERMISSIONS = "ApplicationGraphPermissions.csv";
    public static final String APPLICATION_CREDENTIALS = "ApplicationCredentials.csv";

    private static final List<String> DOMAIN_COLUMNS = List.of("AuthenticationType", "AvailabilityStatus",
            "ForceDeleteState", "IsAdminManaged", "IsDefault", "IsInitial", "IsRoot", "IsVerified", "Name", "State",
            "SupportedServices", "FederationIssuerUri", "FederatedIdpMfaBehavior", "FederationSupportsMfa",
            "SamlTokenCheck");
    private static final List<String> CREDENTIAL_COLUMNS = List.of("ApplicationDisplayName", "AppId",
            "ApplicationObjectId", "CredentialType", "KeyId", "DisplayName", "StartDateTime", "EndDateTime");

    private InventoryTables() {
    }

    public static List<SparrowTable> tables(DirectoryInventory inventory, PermissionCatalog catalog) {
        return List.of(domainList(inventory),
                new SparrowTable(APPLICATION_PERMISSIONS, ApplicationPermissions.COLUMNS,
                        ApplicationPermissions.rows(inventory, catalog)),
                applicationCredentials(inventory));
    }

    static SparrowTable domainList(DirectoryInventory inventory) {
        Set<DirectoryDomain> withoutMfa = Set.copyOf(inventory.federatedDomainsWithoutMfa());
        List<List<String>> rows = new ArrayList<>();
        inventory.domains().stream().sorted(Comparator.comparing(DirectoryDomain::name)).forEach(domain -> {
            DomainFederation federation = domain.federation();
            rows.add(List.of(domain.authenticationType(), domain.availabilityStatus(), domain.forceDeleteState(),
                    domain.isAdminManaged(), domain.isDefault(), domain.isInitial(), domain.isRoot(),
                    domain.isVerified(), domain.name(), domain.state(), String.join("; ", domain.supportedServices()),
                    federation == null || federation.issuerUri() == null ? "" : federation.issuerUri(),
                    federation == null || federation.federatedIdpMfaBehavior() == null
                            ? "" : federation.federatedIdpMfaBehavior(),
                    domain.isFederated() ? Boolean.toString(federation != null && federation.mfaSupported()) : "",
                    withoutMfa.contains(domain) ? "applies" : ""));
        });
        return new SparrowTable(DOMAIN_LIST, DOMAIN_COLUMNS, rows);
    }

    static SparrowTable applicationCredentials(DirectoryInventory inventory) {
        List<List<String>> rows = new ArrayList<>();
        inventory.applications().stream()
                .sorted(Comparator.comparing(DirectoryApplication::displayName).thenComparing(DirectoryApplication::appId))
                .forEach(application -> application.credentials().forEach(credential -> rows.add(List.of(
                        application.displayName(), application.appId(), application.id(), credential.kind(),
                        credential.keyId(), credential.displayName(), credential.startDateTime(),
                        credential.endDateTime()))));
        return new SparrowTable(APPLICATION_CREDENTIALS, CREDENTIAL_COLUMNS, rows);
    }
}
