package io.osprey.collect.auth;

import java.util.Objects;

/**
 * Who signs in, where.
 *
 * @param tenant     the tenant id (GUID) or primary domain
 * @param clientId   the app registration's application (client) id
 * @param credential how the app proves itself
 * @param endpoints  the sign-in and API hosts
 */
public record SignInSettings(String tenant, String clientId, CredentialSpec credential, Endpoints endpoints) {
    public SignInSettings {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(endpoints, "endpoints");
    }
}
