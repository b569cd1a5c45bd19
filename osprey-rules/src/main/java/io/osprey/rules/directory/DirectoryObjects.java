package io.osprey.rules.directory;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns saved Graph objects into directory records. */
final class DirectoryObjects {
    private DirectoryObjects() {
    }

    static DirectoryDomain domain(JsonNode domain) {
        List<JsonNode> federation = GraphJson.elements(domain, "federationConfiguration");
        String name = GraphJson.text(domain, "id");
        return new DirectoryDomain(name.isEmpty() ? GraphJson.text(domain, "name") : name,
                GraphJson.text(domain, "authenticationType"), GraphJson.text(domain, "availabilityStatus"),
                GraphJson.text(domain, "forceDeleteState"), GraphJson.text(domain, "isAdminManaged"),
                GraphJson.text(domain, "isDefault"), GraphJson.text(domain, "isInitial"),
                GraphJson.text(domain, "isRoot"), GraphJson.text(domain, "isVerified"),
                GraphJson.text(domain, "state"), GraphJson.texts(domain, "supportedServices"),
                federation.isEmpty() ? null : federation(federation.get(0)));
    }

    private static DomainFederation federation(JsonNode configuration) {
        JsonNode supportsMfa = GraphJson.field(configuration, "supportsMfa");
        Boolean supports = supportsMfa == null || supportsMfa.isNull() ? null
                : supportsMfa.isBoolean() ? supportsMfa.booleanValue() : Boolean.valueOf(supportsMfa.asText());
        return new DomainFederation(emptyToNull(GraphJson.text(configuration, "issuerUri")),
                emptyToNull(GraphJson.text(configuration, "passiveSignInUri")),
                emptyToNull(GraphJson.text(configuration, "federatedIdpMfaBehavior")), supports,
                emptyToNull(GraphJson.text(configuration, "signingCertificate")));
    }

    static ServicePrincipal servicePrincipal(JsonNode principal, List<ServicePrincipal.PermissionGrant> separate) {
        String id = GraphJson.text(principal, "id");
        Map<String, String> appRoles = new HashMap<>();
        for (JsonNode role : GraphJson.elements(principal, "appRoles")) {
            appRoles.put(GraphJson.text(role, "id").toLowerCase(java.util.Locale.ROOT), GraphJson.text(role, "value"));
        }
        List<ServicePrincipal.AppRoleAssignment> assignments = new ArrayList<>();
        for (JsonNode assignment : GraphJson.elements(principal, "appRoleAssignments")) {
            assignments.add(new ServicePrincipal.AppRoleAssignment(GraphJson.text(assignment, "appRoleId"),
                    GraphJson.text(assignment, "resourceId"), GraphJson.text(assignment, "resourceDisplayName"),
                    GraphJson.text(assignment, "createdDateTime")));
        }
        List<ServicePrincipal.PermissionGrant> grants = new ArrayList<>();
        for (JsonNode grant : GraphJson.elements(principal, "oauth2PermissionGrants")) {
            grants.add(grant(grant));
        }
        separate.stream().filter(grant -> grant.clientId().equalsIgnoreCase(id))
                .filter(grant -> !grants.contains(grant)).forEach(grants::add);
        return new ServicePrincipal(id, GraphJson.text(principal, "appId"), GraphJson.text(principal, "displayName"),
                GraphJson.text(principal, "servicePrincipalType"), GraphJson.text(principal, "appOwnerOrganizationId"),
                appRoles, assignments, grants);
    }

    static ServicePrincipal.PermissionGrant grant(JsonNode grant) {
        return new ServicePrincipal.PermissionGrant(GraphJson.text(grant, "clientId"),
                GraphJson.text(grant, "consentType"), GraphJson.text(grant, "principalId"),
                GraphJson.text(grant, "resourceId"), GraphJson.text(grant, "scope"));
    }

    static DirectoryApplication application(JsonNode application) {
        List<DirectoryApplication.Credential> credentials = new ArrayList<>();
        for (JsonNode key : GraphJson.elements(application, "keyCredentials")) {
            credentials.add(credential("certificate", key));
        }
        for (JsonNode secret : GraphJson.elements(application, "passwordCredentials")) {
            credentials.add(credential("secret", secret));
        }
        return new DirectoryApplication(GraphJson.text(application, "id"), GraphJson.text(application, "appId"),
                GraphJson.text(application, "displayName"), credentials);
    }

    private static DirectoryApplication.Credential credential(String kind, JsonNode credential) {
        return new DirectoryApplication.Credential(kind, GraphJson.text(credential, "keyId"),
                GraphJson.text(credential, "displayName"), GraphJson.text(credential, "startDateTime"),
                GraphJson.text(credential, "endDateTime"));
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
