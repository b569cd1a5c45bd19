package io.osprey.simulate.operations;

import io.osprey.simulate.record.JsonObject;

import java.util.List;

/**
 * An Entra ID directory change (RecordType 8, AzureActiveDirectory) such as a consent or a credential added.
 *
 * @param time               epoch seconds
 * @param operation          e.g. {@code Consent to application.}
 * @param actor              the account that made the change
 * @param objectId           ObjectId: the changed object (domain name, service principal, application id)
 * @param category           ExtendedProperties extendedAuditEventCategory (Domain, ServicePrincipal, User, ...)
 * @param additionalDetails  ExtendedProperties additionalDetails (JSON text)
 * @param modifiedProperties ModifiedProperties entries (Name, NewValue, OldValue)
 * @param targets            Target entries (ID, Type)
 */
public record DirectoryChange(long time, String operation, Actor actor, String objectId, String category,
                              String additionalDetails, List<JsonObject> modifiedProperties,
                              List<JsonObject> targets) {
    public DirectoryChange {
        modifiedProperties = List.copyOf(modifiedProperties);
        targets = List.copyOf(targets);
    }

    /** The account behind a change. */
    public record Actor(String upn, String objectId, String puid) {
    }

    public static JsonObject modified(String name, String newValue, String oldValue) {
        return JsonObject.of("Name", name, "NewValue", newValue, "OldValue", oldValue);
    }

    public static JsonObject target(String id, int type) {
        return JsonObject.of("ID", id, "Type", type);
    }
}
