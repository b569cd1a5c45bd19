package io.osprey.simulate.operations;

/** An application role of a resource API: its id, value (claim) and display name. */
public record AppRole(String id, String value, String displayName) {
    /** Exchange Online's full_access_as_app: EWS with full access to all mailboxes. */
    public static final AppRole FULL_ACCESS_AS_APP = new AppRole("dc890d15-9560-4a4c-9b7f-a736ec74ec40",
            "full_access_as_app", "Use Exchange Web Services with full access to all mailboxes");
}
