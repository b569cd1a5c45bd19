package io.osprey.simulate.operations;

import io.osprey.simulate.record.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * An Exchange cmdlet run (New-InboxRule, Set-InboxRule, Set-Mailbox, ...) as the admin audit log records it.
 *
 * @param time       epoch seconds
 * @param operation  the cmdlet name
 * @param actorUpn   who ran it
 * @param actorPuid  the actor's PUID (UserKey)
 * @param clientIp   the bare client address (written with a port)
 * @param appId      the client application (OWA's Exchange Online app, Exchange PowerShell, ...)
 * @param sessionId  the Entra session, or null
 * @param objectId   the changed object
 * @param server     the mailbox server that ran the cmdlet
 * @param parameters Parameters (Name, Value)
 */
public record Cmdlet(long time, String operation, String actorUpn, String actorPuid, String clientIp, String appId,
                     String sessionId, String objectId, String server, List<JsonObject> parameters) {
    public Cmdlet {
        parameters = List.copyOf(parameters);
    }

    /** Collects cmdlet parameters in order. */
    public static final class Parameters {
        private final List<JsonObject> entries = new ArrayList<>();

        public Parameters add(String name, String value) {
            entries.add(JsonObject.of("Name", name, "Value", value));
            return this;
        }

        public List<JsonObject> list() {
            return List.copyOf(entries);
        }
    }
}
