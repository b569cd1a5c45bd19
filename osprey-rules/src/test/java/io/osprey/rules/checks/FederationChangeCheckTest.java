package io.osprey.rules.checks;

import io.osprey.model.AuditEvent;
import io.osprey.rules.Events;
import io.osprey.rules.directory.DirectoryDomain;
import io.osprey.rules.directory.DirectoryInventory;
import io.osprey.rules.engine.EventView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FederationChangeCheckTest {
    private static final FederationChangeCheck CHECK = new FederationChangeCheck(DirectoryInventory.EMPTY);

    private static AuditEvent domainChange(String operation, String modifiedProperties) {
        return Events.of("{'Id':'f1','CreationTime':'2024-05-14T09:12:44','Operation':'" + operation + "',"
                + "'RecordType':8,'Workload':'AzureActiveDirectory','UserId':'admin@contoso.onmicrosoft.com',"
                + "'ObjectId':'contoso.com','Target':[{'ID':'contoso.com','Type':1}],"
                + "'ModifiedProperties':" + modifiedProperties + "}");
    }

    @Test
    void firesWhenAuthenticationTurnsFederated() {
        AuditEvent event = domainChange("Set domain authentication.",
                "[{'Name':'LiveType','NewValue':'[\\r\\n  \\'Federated\\'\\r\\n]','OldValue':'[\\r\\n  \\'Managed\\'\\r\\n]'},"
                        + "{'Name':'Included Updated Properties','NewValue':'LiveType','OldValue':''}]");
        assertThat(CHECK.evaluate(new EventView(event, false))).hasValueSatisfying(fields -> assertThat(fields)
                .containsEntry("Domain", "contoso.com")
                .containsEntry("Changed", "LiveType: Managed -> Federated"));
    }

    @Test
    void firesWhenTheIssuerChangesAndReportsTheDirectoryView() {
        DirectoryDomain known = new DirectoryDomain("contoso.com", "Federated", "", "", "", "", "", "", "", "",
                List.of(), null);
        FederationChangeCheck check = new FederationChangeCheck(new DirectoryInventory(List.of(known), List.of(),
                List.of()));
        AuditEvent event = domainChange("Set federation settings on domain.",
                "[{'Name':'IssuerUri','NewValue':'http://any.sts/16B5A3E1','OldValue':'http://sts.contoso.com/adfs/services/trust'}]");
        assertThat(check.evaluate(new EventView(event, false))).hasValueSatisfying(fields -> assertThat(fields)
                .containsEntry("DirectoryAuthenticationType", "Federated")
                .containsEntry("Changed", "IssuerUri: http://sts.contoso.com/adfs/services/trust -> http://any.sts/16B5A3E1"));
    }

    @Test
    void silentWhenNothingFederationRelatedChanged() {
        AuditEvent unchanged = domainChange("Set domain authentication.",
                "[{'Name':'LiveType','NewValue':'[\\'Federated\\']','OldValue':'[\\r\\n  \\'Federated\\'\\r\\n]'}]");
        AuditEvent unrelated = domainChange("Set federation settings on domain.",
                "[{'Name':'DisplayName','NewValue':'a','OldValue':'b'}]");
        AuditEvent otherOperation = domainChange("Update domain.",
                "[{'Name':'LiveType','NewValue':'Federated','OldValue':'Managed'}]");
        assertThat(CHECK.evaluate(new EventView(unchanged, false))).isEmpty();
        assertThat(CHECK.evaluate(new EventView(unrelated, false))).isEmpty();
        assertThat(CHECK.evaluate(new EventView(otherOperation, false))).isEmpty();
    }

    @Test
    void bareRemovesTheListDressing() {
        assertThat(FederationChangeCheck.bare("[\r\n  \"Federated\"\r\n]")).isEqualTo("Federated");
        assertThat(FederationChangeCheck.bare("[]")).isEmpty();
        assertThat(FederationChangeCheck.bare("plain")).isEqualTo("plain");
    }
}
