package io.osprey.rules.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One row per permission a service principal holds: application permissions (app role assignments, on any
 * resource, not only Microsoft Graph) and delegated scopes (OAuth2 permission grants). Unlike Sparrow,
 * ClientID is the application id (Sparrow wrote the principal's object id there) and no row is repeated.
 */
final class ApplicationPermissions {
    static final List<String> COLUMNS = List.of("ApplicationDisplayName", "ClientID", "Value",
            "ServicePrincipalId", "ServicePrincipalType", "PermissionType", "Resource", "PermissionId",
            "ConsentType", "PrincipalId", "CreatedDateTime", "HighRisk", "RiskCategory");
    private static final String DEFAULT_ACCESS_ROLE = "00000000-0000-0000-0000-000000000000";
    private static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
    private static final Comparator<List<String>> ORDER = Comparator
            .comparing((List<String> row) -> row.get(0)).thenComparing(row -> row.get(1))
            .thenComparing(row -> row.get(5)).thenComparing(row -> row.get(6)).thenComparing(row -> row.get(2))
            .thenComparing(row -> row.get(9));

    private ApplicationPermissions() {
    }

    static List<List<String>> rows(DirectoryInventory inventory, PermissionCatalog catalog) {
        List<List<String>> rows = new ArrayList<>();
        for (ServicePrincipal principal : inventory.servicePrincipals()) {
            for (ServicePrincipal.AppRoleAssignment assignment : principal.appRoleAssignments()) {
                rows.add(applicationRow(inventory, catalog, principal, assignment));
            }
            for (ServicePrincipal.PermissionGrant grant : principal.oauth2PermissionGrants()) {
                for (String scope : grant.scope().trim().split("\\s+")) {
                    if (!scope.isEmpty()) {
                        rows.add(delegatedRow(inventory, catalog, principal, grant, scope));
                    }
                }
            }
        }
        rows.sort(ORDER);
        return rows;
    }

    private static List<String> applicationRow(DirectoryInventory inventory, PermissionCatalog catalog,
                                               ServicePrincipal principal,
                                               ServicePrincipal.AppRoleAssignment assignment) {
        Optional<ServicePrincipal> resource = inventory.servicePrincipalById(assignment.resourceId());
        String value = roleValue(catalog, resource, assignment.appRoleId());
        String resourceName = !assignment.resourceDisplayName().isEmpty() ? assignment.resourceDisplayName()
                : resource.map(ServicePrincipal::displayName).orElse(assignment.resourceId());
        return row(principal, value, "Application", resourceName, assignment.appRoleId(), "", "",
                assignment.createdDateTime(), catalog);
    }

    private static String roleValue(PermissionCatalog catalog, Optional<ServicePrincipal> resource, String roleId) {
        if (DEFAULT_ACCESS_ROLE.equals(roleId)) {
            return "(default access)";
        }
        String key = roleId.toLowerCase(java.util.Locale.ROOT);
        return resource.map(principal -> principal.appRoles().get(key))
                .or(() -> catalog.appRoleValue(roleId)).orElse("");
    }

    private static List<String> delegatedRow(DirectoryInventory inventory, PermissionCatalog catalog,
                                             ServicePrincipal principal, ServicePrincipal.PermissionGrant grant,
                                             String scope) {
        Optional<ServicePrincipal> resource = inventory.servicePrincipalById(grant.resourceId());
        boolean graph = resource.map(found -> GRAPH_APP_ID.equalsIgnoreCase(found.appId())).orElse(false);
        String permissionId = graph ? catalog.delegatedPermissionId(scope).orElse("") : "";
        String resourceName = resource.map(ServicePrincipal::displayName).orElse(grant.resourceId());
        return row(principal, scope, "Delegated", resourceName, permissionId, grant.consentType(),
                grant.principalId(), "", catalog);
    }

    private static List<String> row(ServicePrincipal principal, String value, String type, String resource,
                                    String permissionId, String consentType, String principalId,
                                    String createdDateTime, PermissionCatalog catalog) {
        Optional<String> risk = catalog.riskCategory(value);
        return List.of(principal.displayName(), principal.appId(), value, principal.id(),
                principal.servicePrincipalType(), type, resource, permissionId, consentType, principalId,
                createdDateTime, Boolean.toString(risk.isPresent()), risk.orElse(""));
    }
}
