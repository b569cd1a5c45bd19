package io.osprey.rules.directory;

import java.util.List;
import java.util.Map;

/**
 * One service principal from a saved {@code /servicePrincipals} response, with the app role assignments it
 * holds and the delegated permission grants made to it.
 *
 * @param appRoles the roles this principal defines as a resource (id to value), for naming assignments to it
 */
public record ServicePrincipal(String id, String appId, String displayName, String servicePrincipalType,
                               String appOwnerOrganizationId, Map<String, String> appRoles,
                               List<AppRoleAssignment> appRoleAssignments,
                               List<PermissionGrant> oauth2PermissionGrants) {
    public ServicePrincipal {
        appRoles = Map.copyOf(appRoles);
        appRoleAssignments = List.copyOf(appRoleAssignments);
        oauth2PermissionGrants = List.copyOf(oauth2PermissionGrants);
    }

    /** An application permission held by a principal. */
    public record AppRoleAssignment(String appRoleId, String resourceId, String resourceDisplayName,
                                    String createdDateTime) {
    }

    /** A delegated permission grant: scopes of a resource granted to a client, for one user or all. */
    public record PermissionGrant(String clientId, String consentType, String principalId, String resourceId,
                                  String scope) {
    }
}
