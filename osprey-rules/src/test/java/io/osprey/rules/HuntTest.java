package io.osprey.rules;

import io.osprey.model.AuditEvent;
import io.osprey.rules.sparrow.SparrowTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HuntTest {
    private static final Path SAMPLES = Path.of("src/test/resources/rule-samples");
    private static final Path DIRECTORY = Path.of("src/test/resources/directory");

    static AuditEvent sample(String ruleId) {
        try {
            Path file = SAMPLES.resolve(ruleId + ".json");
            return Events.fromJson(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ruleIds(HuntResult result) {
        return result.findings().stream().map(Finding::ruleId).toList();
    }

    private static SparrowTable table(HuntResult result, String path) {
        return result.sparrowTables().stream().filter(table -> table.relativePath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + path));
    }

    @Test
    void attackerContextRulesFireOnlyForTheAttributedContexts() throws HuntException {
        List<AuditEvent> events = List.of(sample("exo-mail-search-from-attacker-context"),
                sample("exo-mail-sent-from-attacker-context"));
        assertThat(Hunt.run(HuntRequest.defaults(), events).findings()).isEmpty();

        HuntRequest byAddress = HuntRequest.builder()
                .attackerContexts(AttackerContexts.of(List.of("203.0.113.0/24"), List.of())).build();
        assertThat(ruleIds(Hunt.run(byAddress, events))).containsExactly(
                "exo-mail-search-from-attacker-context", "exo-mail-sent-from-attacker-context");

        HuntRequest bySession = HuntRequest.builder()
                .attackerContexts(AttackerContexts.of(List.of(), List.of("4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c")))
                .build();
        assertThat(Hunt.run(bySession, events).findings()).hasSize(2);

        HuntRequest elsewhere = HuntRequest.builder()
                .attackerContexts(AttackerContexts.of(List.of("192.0.2.200"), List.of("other"))).build();
        assertThat(Hunt.run(elsewhere, events).findings()).isEmpty();
    }

    @Test
    void findingsCarryTheirEvidence() throws HuntException {
        HuntResult result = Hunt.run(HuntRequest.defaults(), List.of(sample("exo-inbox-rule-forwarding")));
        Finding finding = result.findings().get(0);
        assertThat(finding.ruleId()).isEqualTo("exo-inbox-rule-forwarding");
        assertThat(finding.level()).isEqualTo(Level.HIGH);
        assertThat(finding.time()).hasToString("2024-05-14T11:31:07Z");
        assertThat(finding.user()).isEqualTo("megan@contoso.com");
        assertThat(finding.mailbox()).isEqualTo("megan@contoso.com");
        assertThat(finding.evidenceRecordIds()).containsExactly("37a3b4f2-7f5b-4a0c-8ed2-49f05b6c7d8f");
        assertThat(finding.fields()).containsEntry("Parameters.ForwardTo", "accounts.dept@protonmail.example")
                .containsEntry("ClientIP", "203.0.113.77").doesNotContainKey("Parameters.RedirectTo");
        assertThat(result.checks()).filteredOn(check -> check.id().equals("exo-inbox-rule-forwarding"))
                .singleElement().satisfies(check -> assertThat(check.findings()).isEqualTo(1));
    }

    @Test
    void tuningDisablesAndRelevelsWithoutEditingRules(@TempDir Path folder) throws Exception {
        Path tuning = folder.resolve("tuning.yml");
        Files.writeString(tuning, "disable:\n  - exo-inbox-rule-delete-or-hide\n  - aad-federation-trust-changed\n"
                + "levels:\n  exo-inbox-rule-forwarding: critical\n");
        HuntRequest request = HuntRequest.builder().tuning(tuning).build();
        HuntResult result = Hunt.run(request, List.of(sample("exo-inbox-rule-forwarding"),
                sample("exo-inbox-rule-delete-or-hide"), sample("aad-domain-federation-settings-changed")));
        assertThat(ruleIds(result)).containsExactly("aad-domain-federation-settings-changed",
                "aad-federated-domain-added", "exo-inbox-rule-forwarding");
        assertThat(result.findings().get(2).level()).isEqualTo(Level.CRITICAL);
        assertThat(result.checks()).extracting(CheckSummary::id)
                .doesNotContain("exo-inbox-rule-delete-or-hide", "aad-federation-trust-changed");
    }

    @Test
    void badTuningStopsTheHuntWithExactProblems(@TempDir Path folder) throws Exception {
        Path tuning = folder.resolve("tuning.yml");
        Files.writeString(tuning, "disable: [no-such-rule]\nlevels:\n  exo-inbox-rule-forwarding: urgent\n");
        HuntRequest request = HuntRequest.builder().tuning(tuning).build();
        assertThatThrownBy(() -> Hunt.run(request, List.of()))
                .isInstanceOfSatisfying(HuntException.class, e -> assertThat(e.problems()).containsExactly(
                        tuning + ": levels: invalid level 'urgent' for 'exo-inbox-rule-forwarding' (expected one of "
                                + "informational, low, medium, high, critical)",
                        tuning + ": disable: unknown rule id 'no-such-rule'"));
    }

    @Test
    void extraRulesFromAFolderRunBesideTheShippedOnes(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("site-rule.yml"), "title: Sign-in from the lab network\nid: site-lab-sign-in\n"
                + "level: informational\nlogsource:\n  product: m365\n  service: azuread\ndetection:\n"
                + "  sel:\n    Operation: UserLoggedIn\n    ClientIP|cidr: 198.51.100.0/24\n  condition: sel\n"
                + "fields: [Operation, ClientIP]\n");
        HuntResult result = Hunt.run(HuntRequest.builder().rules(folder).build(),
                List.of(sample("aad-powershell-sign-in")));
        assertThat(ruleIds(result)).containsExactlyInAnyOrder("aad-powershell-sign-in", "site-lab-sign-in");
        assertThat(result.checks()).filteredOn(check -> check.id().equals("site-lab-sign-in")).singleElement()
                .satisfies(check -> assertThat(check.location()).isEqualTo(folder.resolve("site-rule.yml").toString()));
    }

    @Test
    void brokenExtraRulesStopTheHunt(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("broken.yml"), "title: x\nid: aad-mfa-disabled\nlevel: low\n"
                + "logsource:\n  product: m365\ndetection:\n  sel:\n    Operation: x\n  condition: sel\n");
        assertThatThrownBy(() -> Hunt.run(HuntRequest.builder().rules(folder).build(), List.of()))
                .isInstanceOfSatisfying(HuntException.class, e -> assertThat(e.problems()).containsExactly(
                        folder.resolve("broken.yml") + ": duplicate id 'aad-mfa-disabled' (also in "
                                + "classpath:rules/aad-mfa-disabled.yml)"));
    }

    @Test
    void samlTokenCheckUsesTheDirectoryInventory() throws HuntException {
        AuditEvent forged = Events.of("{'Id':'saml-1','CreationTime':'2024-05-14T12:00:00',"
                + "'Operation':'UserLoginFailed','RecordType':15,'Workload':'AzureActiveDirectory',"
                + "'UserId':'ceo@contoso.com','ClientIP':'203.0.113.9','ErrorNumber':'16457'}");
        AuditEvent enforced = Events.of("{'Id':'saml-2','CreationTime':'2024-05-14T12:01:00',"
                + "'Operation':'UserLoginFailed','RecordType':15,'Workload':'AzureActiveDirectory',"
                + "'UserId':'ceo@fabrikam.com','ClientIP':'203.0.113.9','ErrorNumber':'16457'}");
        assertThat(Hunt.run(HuntRequest.defaults(), List.of(forged, enforced)).findings()).isEmpty();

        HuntResult result = Hunt.run(HuntRequest.builder().directory(DIRECTORY).build(), List.of(forged, enforced));
        assertThat(ruleIds(result)).containsExactly("aad-saml-token-error-16457");
        assertThat(table(result, "SAMLToken_Operations_Export.csv").rows()).singleElement()
                .satisfies(row -> assertThat(row.get(0)).isEqualTo("saml-1"));
        assertThat(result.sparrowTables()).extracting(SparrowTable::relativePath)
                .contains("Domain_List.csv", "ApplicationGraphPermissions.csv", "ApplicationCredentials.csv");
    }

    @Test
    void sparrowExportsHoldEachEventOnceWithIdFirst() throws HuntException {
        HuntResult result = Hunt.run(HuntRequest.defaults(), List.of(sample("aad-full-access-as-app-granted"),
                sample("aad-mail-app-role-granted"), sample("aad-app-role-assignment-added")));
        assertThat(ruleIds(result)).as("ordered by time, then rule id").containsExactly(
                "aad-app-role-assignment-added", "aad-app-role-assignment-added", "aad-full-access-as-app-granted",
                "aad-app-role-assignment-added", "aad-mail-app-role-granted");
        SparrowTable assignments = table(result, "AppRoleAssignment_Operations_Export.csv");
        assertThat(assignments.columns()).startsWith("Id", "CreationTime", "Operation", "UserId", "ClientIP", "AppId")
                .endsWith("AuditData");
        assertThat(assignments.rows()).extracting(row -> row.get(0) + " " + row.get(1)).containsExactly(
                "c09c4d8b-08ea-4395-976b-d28e9fab0c18 2024-05-14T10:08:13Z",
                "d1ad5e9c-19fb-44a6-a87c-e39fab0c1d29 2024-05-14T10:09:41Z",
                "e2be6fad-2a0c-45b7-b98d-f4ab0c1d2e3a 2024-05-14T10:10:02Z");
        assertThat(assignments.rows().get(0).get(assignments.columns().size() - 1)).startsWith("{\"CreationTime\"");
    }

    @Test
    void everySparrowOperationExportIsProducedEvenWhenEmpty() throws HuntException {
        HuntResult result = Hunt.run(HuntRequest.defaults(), List.of());
        assertThat(result.sparrowTables()).extracting(SparrowTable::relativePath).containsExactly(
                "Domain_Operations_Export.csv", "AppUpdate_Operations_Export.csv",
                "ServicePrincipal_Operations_Export.csv", "AppRoleAssignment_Operations_Export.csv",
                "Consent_Operations_Export.csv", "SAMLToken_Operations_Export.csv", "PSMailbox_Operations_Export.csv",
                "PSLogin_Operations_Export.csv", "AppInvestigations/MailItems_Operations_Export.csv",
                "AppInvestigations/FileItems_Operations_Export.csv");
    }

    @Test
    void applicationInvestigationsCoverThirdPartyAndRequestedApplications() throws HuntException {
        AuditEvent thirdParty = mailItemsAccessed("mia-1", "00000003-0000-0000-c000-000000000000",
                "9c8b7a65-4321-4fed-8cba-0987654321fe");
        AuditEvent outlook = mailItemsAccessed("mia-2", "00000002-0000-0ff1-ce00-000000000000",
                "d3590ed6-52b3-4102-aeff-aad2292ab01c");
        AuditEvent unknownApp = mailItemsAccessed("mia-3", "00000003-0000-0000-c000-000000000000",
                "11112222-3333-4444-8555-666677778888");
        HuntRequest request = HuntRequest.builder().directory(DIRECTORY)
                .applications(Set.of("D3590ED6-52B3-4102-AEFF-AAD2292AB01C")).build();
        HuntResult result = Hunt.run(request, List.of(thirdParty, outlook, unknownApp));

        assertThat(table(result, "AppInvestigations/MailItems_Operations_Export.csv").rows())
                .extracting(row -> row.get(0)).containsExactly("mia-1", "mia-2", "mia-3");
        assertThat(table(result, "AppInvestigations/Contoso Sync/MailItems_Operations_Export."
                + "9c8b7a65-4321-4fed-8cba-0987654321fe.csv").rows()).extracting(row -> row.get(0))
                .containsExactly("mia-1");
        assertThat(table(result, "AppInvestigations/Microsoft Office/MailItems_Operations_Export."
                + "d3590ed6-52b3-4102-aeff-aad2292ab01c.csv").rows()).hasSize(1);
        assertThat(table(result, "AppInvestigations/Unknown application/MailItems_Operations_Export."
                + "11112222-3333-4444-8555-666677778888.csv").rows()).hasSize(1);
        assertThat(result.sparrowTables()).extracting(SparrowTable::relativePath)
                .noneMatch(path -> path.contains("00000003-0000-0000-c000-000000000000"));

        HuntResult withoutRequest = Hunt.run(HuntRequest.defaults(), List.of(outlook));
        assertThat(table(withoutRequest, "AppInvestigations/MailItems_Operations_Export.csv").rows()).isEmpty();
    }

    private static AuditEvent mailItemsAccessed(String id, String appId, String clientAppId) {
        return Events.of("{'Id':'" + id + "','CreationTime':'2024-05-14T12:0" + id.charAt(id.length() - 1)
                + ":00','Operation':'MailItemsAccessed','RecordType':50,'Workload':'Exchange',"
                + "'UserId':'megan@contoso.com','MailboxOwnerUPN':'megan@contoso.com','AppId':'" + appId + "',"
                + "'ClientAppId':'" + clientAppId + "','ClientIPAddress':'20.190.128.5','LogonType':0,"
                + "'OperationProperties':[{'Name':'MailAccessType','Value':'Bind'}],'OperationCount':1,"
                + "'Folders':[{'Path':'\\\\Inbox','FolderItems':[{'InternetMessageId':'<m@contoso.com>'}]}]}");
    }
}
