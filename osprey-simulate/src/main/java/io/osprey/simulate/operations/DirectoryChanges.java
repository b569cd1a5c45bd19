package io.osprey.simulate.operations;

import io.osprey.simulate.record.JsonObject;
import io.osprey.simulate.record.Times;

import java.util.List;

/**
 * The directory changes the scenarios need, with the ModifiedProperties real records carry for them: domain
 * federation, service principal credentials, app role assignments (such as Exchange's full_access_as_app),
 * consents and delegated permission grants, token revocation.
 */
public final class DirectoryChanges {
    private static final String DOMAIN = "Domain";
    private static final String SERVICE_PRINCIPAL = "ServicePrincipal";
    private static final String INCLUDED = "Included Updated Properties";
    private static final String SPN = "TargetId.ServicePrincipalNames";

    private DirectoryChanges() {
    }

    public static DirectoryChange setDomainAuthentication(long time, DirectoryChange.Actor actor, String domain) {
        return new DirectoryChange(time, "Set domain authentication.", actor, domain, DOMAIN, "{}", List.of(
                DirectoryChange.modified("LiveType", "Federated", "Managed"),
                DirectoryChange.modified(INCLUDED, "LiveType", "")), List.of(DirectoryChange.target(domain, 1)));
    }

    public static DirectoryChange setFederationSettings(long time, DirectoryChange.Actor actor, String domain,
                                                        String issuerUri, String signingCertificate) {
        return new DirectoryChange(time, "Set federation settings on domain.", actor, domain, DOMAIN, "{}", List.of(
                DirectoryChange.modified("IssuerUri", issuerUri, ""),
                DirectoryChange.modified("PassiveLogOnUri", issuerUri.replace("http://", "https://"), ""),
                DirectoryChange.modified("SigningCertificate", signingCertificate, ""),
                DirectoryChange.modified(INCLUDED, "IssuerUri, PassiveLogOnUri, SigningCertificate", "")),
                List.of(DirectoryChange.target(domain, 1)));
    }

    public static DirectoryChange addServicePrincipal(long time, DirectoryChange.Actor actor, ServicePrincipal app) {
        return new DirectoryChange(time, "Add service principal.", actor, app.appId(), SERVICE_PRINCIPAL,
                appDetails(app), List.of(
                DirectoryChange.modified("AccountEnabled", "[\r\n  true\r\n]", "[]"),
                DirectoryChange.modified("AppPrincipalId", "[\r\n  \"" + app.appId() + "\"\r\n]", "[]"),
                DirectoryChange.modified("DisplayName", "[\r\n  \"" + app.displayName() + "\"\r\n]", "[]"),
                DirectoryChange.modified(INCLUDED, "AccountEnabled, AppPrincipalId, DisplayName", ""),
                DirectoryChange.modified(SPN, app.appId(), "")), servicePrincipalTargets(app));
    }

    public static DirectoryChange addServicePrincipalCredentials(long time, DirectoryChange.Actor actor,
                                                                 ServicePrincipal app, String keyId,
                                                                 String certificateSubject) {
        String key = "[\"[KeyIdentifier=" + keyId + ",KeyType=AsymmetricX509Cert,KeyUsage=Verify,DisplayName="
                + certificateSubject + "]\"]";
        return new DirectoryChange(time, "Add service principal credentials.", actor, app.objectId(),
                SERVICE_PRINCIPAL, appDetails(app), List.of(
                DirectoryChange.modified("KeyDescription", key, "[]"),
                DirectoryChange.modified(INCLUDED, "KeyDescription", ""),
                DirectoryChange.modified(SPN, app.appId(), "")), servicePrincipalTargets(app));
    }

    /** Grants an application role of a resource (e.g. full_access_as_app of Exchange) to a client app. */
    public static DirectoryChange addAppRoleAssignment(long time, DirectoryChange.Actor actor, ServicePrincipal client,
                                                       ServicePrincipal resource, AppRole role) {
        String created = Times.auditTime(time) + ".0000000Z";
        return new DirectoryChange(time, "Add app role assignment to service principal.", actor, resource.objectId(),
                SERVICE_PRINCIPAL, appDetails(client), List.of(
                DirectoryChange.modified("AppRole.Id", role.id(), ""),
                DirectoryChange.modified("AppRole.Value", role.value(), ""),
                DirectoryChange.modified("AppRole.DisplayName", role.displayName(), ""),
                DirectoryChange.modified("AppRoleAssignment.CreatedDateTime", created, ""),
                DirectoryChange.modified("AppRoleAssignment.LastModifiedDateTime", created, ""),
                DirectoryChange.modified("ServicePrincipal.ObjectID", resource.objectId(), ""),
                DirectoryChange.modified("ServicePrincipal.DisplayName", resource.displayName(), ""),
                DirectoryChange.modified("ServicePrincipal.AppId", resource.appId(), ""),
                DirectoryChange.modified("ServicePrincipal.Name", resource.appId(), ""),
                DirectoryChange.modified(SPN, client.appId(), "")), servicePrincipalTargets(client));
    }

    public static DirectoryChange consentToApplication(long time, DirectoryChange.Actor actor, ServicePrincipal app,
                                                       boolean adminConsent, boolean appOnly, String permissions) {
        String flag = adminConsent ? "True" : "False";
        return new DirectoryChange(time, "Consent to application.", actor, app.appId(), SERVICE_PRINCIPAL,
                "{\"User-Agent\":\"EvoSTS\",\"AppId\":\"" + app.appId() + "\"}", List.of(
                DirectoryChange.modified("ConsentContext.IsAdminConsent", flag, ""),
                DirectoryChange.modified("ConsentContext.IsAppOnly", appOnly ? "True" : "False", ""),
                DirectoryChange.modified("ConsentContext.OnBehalfOfAll", flag, ""),
                DirectoryChange.modified("ConsentContext.Tags", "WindowsAzureActiveDirectoryIntegratedApp", ""),
                DirectoryChange.modified("ConsentAction.Permissions", permissions, ""),
                DirectoryChange.modified(SPN, app.appId(), "")), servicePrincipalTargets(app));
    }

    public static DirectoryChange addDelegatedPermissionGrant(long time, DirectoryChange.Actor actor,
                                                              ServicePrincipal client, ServicePrincipal resource,
                                                              String scope) {
        return new DirectoryChange(time, "Add delegated permission grant.", actor, resource.objectId(),
                SERVICE_PRINCIPAL, appDetails(client), List.of(
                DirectoryChange.modified("DelegatedPermissionGrant.Scope", scope, ""),
                DirectoryChange.modified("DelegatedPermissionGrant.ConsentType", "Principal", ""),
                DirectoryChange.modified("ServicePrincipal.ObjectID", resource.objectId(), ""),
                DirectoryChange.modified("ServicePrincipal.DisplayName", resource.displayName(), ""),
                DirectoryChange.modified("ServicePrincipal.AppId", resource.appId(), ""),
                DirectoryChange.modified("ServicePrincipal.Name", resource.appId(), ""),
                DirectoryChange.modified(SPN, resource.appId(), "")), servicePrincipalTargets(resource));
    }

    /** Revocation of a user's refresh tokens (sessions), as an admin does after a password reset. */
    public static DirectoryChange updateStsRefreshTokenValidFrom(long time, DirectoryChange.Actor actor,
                                                                 String targetUpn, String targetObjectId,
                                                                 String targetPuid) {
        return new DirectoryChange(time, "Update StsRefreshTokenValidFrom Timestamp.", actor, targetUpn, "User",
                "{}", List.of(), List.of(DirectoryChange.target("User_" + targetObjectId, 2),
                DirectoryChange.target(targetObjectId, 2), DirectoryChange.target("User", 2),
                DirectoryChange.target(targetUpn, 5), DirectoryChange.target(targetPuid, 3)));
    }

    private static String appDetails(ServicePrincipal app) {
        return "{\"AppId\":\"" + app.appId() + "\"}";
    }

    private static List<JsonObject> servicePrincipalTargets(ServicePrincipal app) {
        return List.of(DirectoryChange.target("ServicePrincipal_" + app.objectId(), 2),
                DirectoryChange.target(app.objectId(), 2), DirectoryChange.target("ServicePrincipal", 2),
                DirectoryChange.target(app.displayName(), 1), DirectoryChange.target(app.appId(), 2),
                DirectoryChange.target(app.appId(), 4));
    }
}
