package io.osprey.rules.checks;

import io.osprey.model.AuditEvent;
import io.osprey.rules.Events;
import io.osprey.rules.directory.DirectoryDomain;
import io.osprey.rules.directory.DomainFederation;
import io.osprey.rules.engine.EventView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SamlTokenCheckTest {
    private static final DirectoryDomain FEDERATED_WITHOUT_MFA = new DirectoryDomain("contoso.com", "Federated",
            "", "", "true", "true", "false", "true", "true", "", List.of("Email"),
            new DomainFederation("http://sts.contoso.com/adfs/services/trust", null,
                    "acceptIfMfaDoneByFederatedIdp", null, null));
    private static final SamlTokenCheck CHECK = new SamlTokenCheck(List.of(FEDERATED_WITHOUT_MFA));

    private static AuditEvent signIn(String operation, String user, String errorFields) {
        return Events.of("{'Id':'s1','CreationTime':'2024-05-14T12:00:00','Operation':'" + operation + "',"
                + "'RecordType':15,'Workload':'AzureActiveDirectory','UserId':'" + user + "',"
                + "'ClientIP':'203.0.113.9'" + errorFields + "}");
    }

    private static boolean fires(SamlTokenCheck check, AuditEvent event) {
        return check.evaluate(new EventView(event, false)).isPresent();
    }

    @Test
    void firesOnError16457ForAUserOfTheDomain() {
        AuditEvent event = signIn("UserLoginFailed", "ceo@contoso.com", ",'ErrorNumber':'16457'");
        assertThat(CHECK.evaluate(new EventView(event, false))).hasValueSatisfying(fields -> assertThat(fields)
                .containsEntry("Domain", "contoso.com").containsEntry("FederatedDomain", "contoso.com")
                .containsEntry("ErrorNumber", "16457").containsEntry("ClientIP", "203.0.113.9"));
    }

    @Test
    void firesForSubdomainsAndOnEveryPlaceTheErrorIsWritten() {
        assertThat(fires(CHECK, signIn("UserLoggedIn", "a@eu.contoso.com", ",'ErrorNumber':'16457'"))).isTrue();
        assertThat(fires(CHECK, signIn("UserLoginFailed", "a@contoso.com", ",'LogonError':'AADSTS16457'"))).isTrue();
        assertThat(fires(CHECK, signIn("UserLoginFailed", "a@contoso.com",
                ",'ExtendedProperties':[{'Name':'ResultStatusDetail','Value':'16457'}]"))).isTrue();
    }

    @Test
    void silentForOtherErrorsDomainsOperations() {
        assertThat(fires(CHECK, signIn("UserLoginFailed", "ceo@contoso.com", ",'ErrorNumber':'50126'"))).isFalse();
        assertThat(fires(CHECK, signIn("UserLoginFailed", "ceo@fabrikam.com", ",'ErrorNumber':'16457'"))).isFalse();
        assertThat(fires(CHECK, signIn("UserLoginFailed", "ceo@notcontoso.com", ",'ErrorNumber':'16457'"))).isFalse();
        assertThat(fires(CHECK, signIn("MailboxLogin", "ceo@contoso.com", ",'ErrorNumber':'16457'"))).isFalse();
        assertThat(fires(CHECK, signIn("UserLoginFailed", "NT AUTHORITY", ",'ErrorNumber':'16457'"))).isFalse();
    }

    @Test
    void silentWithoutADomainList() {
        SamlTokenCheck noDomains = new SamlTokenCheck(List.of());
        assertThat(fires(noDomains, signIn("UserLoginFailed", "ceo@contoso.com", ",'ErrorNumber':'16457'"))).isFalse();
    }

    @Test
    void mfaSupportFollowsFederatedIdpMfaBehaviorThenSupportsMfa() {
        assertThat(new DomainFederation(null, null, "enforceMfaByFederatedIdp", null, null).mfaSupported()).isTrue();
        assertThat(new DomainFederation(null, null, "acceptIfMfaDoneByFederatedIdp", true, null).mfaSupported())
                .isFalse();
        assertThat(new DomainFederation(null, null, "rejectMfaByFederatedIdp", null, null).mfaSupported()).isFalse();
        assertThat(new DomainFederation(null, null, null, true, null).mfaSupported()).isTrue();
        assertThat(new DomainFederation(null, null, null, null, null).mfaSupported()).isFalse();
    }
}
