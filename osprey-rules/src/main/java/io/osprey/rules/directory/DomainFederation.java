package io.osprey.rules.directory;

/**
 * A federated domain's federation configuration (Graph internalDomainFederation).
 *
 * @param federatedIdpMfaBehavior acceptIfMfaDoneByFederatedIdp, enforceMfaByFederatedIdp,
 *                                rejectMfaByFederatedIdp, or null when never set
 * @param supportsMfaSetting      the older MSOnline SupportsMfa setting, or null when the response lacks it
 */
public record DomainFederation(String issuerUri, String passiveSignInUri, String federatedIdpMfaBehavior,
                               Boolean supportsMfaSetting, String signingCertificate) {

    /**
     * Whether the federation settings support MFA in Sparrow's sense (SupportsMfa true): Microsoft Entra ID
     * sends users to the federated identity provider for MFA. {@code federatedIdpMfaBehavior} supersedes
     * SupportsMfa when set; with neither set, Entra ID behaves as acceptIfMfaDoneByFederatedIdp.
     */
    public boolean mfaSupported() {
        if (federatedIdpMfaBehavior != null && !federatedIdpMfaBehavior.isBlank()) {
            return federatedIdpMfaBehavior.equalsIgnoreCase("enforceMfaByFederatedIdp");
        }
        return Boolean.TRUE.equals(supportsMfaSetting);
    }
}
