package io.osprey.simulate.operations;

/** A service principal of the tenant: its object id, the application id it stands for, its display name. */
public record ServicePrincipal(String objectId, String appId, String displayName) {
}
