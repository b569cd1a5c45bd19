package io.osprey.simulate.truth;

/** What a planted record shows, for the expected tenant findings of the ground truth. */
public enum FindingKind {
    /** "Set domain authentication." or "Set federation settings on domain." (a federation backdoor). */
    FEDERATION_CHANGE,
    /** "Add service principal credentials." */
    SERVICE_PRINCIPAL_CREDENTIALS,
    /** "Add app role assignment to service principal." granting Exchange's full_access_as_app. */
    APP_ROLE_FULL_ACCESS_AS_APP,
    /** "Add service principal." for an attacker-controlled application. */
    SERVICE_PRINCIPAL_ADDED,
    /** "Consent to application." */
    CONSENT_TO_APPLICATION,
    /** "Add delegated permission grant." */
    DELEGATED_PERMISSION_GRANT,
    /** A sign-in through Exchange or Azure AD PowerShell by the attacker. */
    POWERSHELL_SIGN_IN,
    /** A failed sign-in of a password spray. */
    PASSWORD_SPRAY,
    /** A successful sign-in by the attacker (or through the attacker's proxy). */
    ATTACKER_SIGN_IN,
    /** An inbox rule that forwards mail outside the organization. */
    FORWARDING_INBOX_RULE,
    /** Set-Mailbox forwarding a mailbox outside the organization. */
    MAILBOX_FORWARDING,
    /** A mailbox search by the attacker. */
    ATTACKER_SEARCH,
    /** Mail sent by the attacker. */
    ATTACKER_SEND,
    /** MailItemsAccessed by a third-party application (Graph with a foreign ClientAppId, or EWS app-only). */
    APP_MAIL_ACCESS,
    /** A MailItemsAccessed record with IsThrottled True. */
    MAILBOX_THROTTLED
}
