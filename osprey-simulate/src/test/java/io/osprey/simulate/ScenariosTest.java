package io.osprey.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.simulate.truth.FindingKind;
import io.osprey.simulate.truth.GroundTruth;
import io.osprey.simulate.truth.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ScenariosTest {
    private static final String GRAPH = "00000003-0000-0000-c000-000000000000";

    @Test
    void aConsentedApplicationReadsSeveralMailboxesThroughGraph() {
        SimulationSummary summary = Simulations.run(Simulations.spec(Scenario.OAUTH_APP, 10, 2));
        GroundTruth.AttackerContext app = context(summary, "oauth-app/graph-reader");
        List<JsonNode> reads = Simulations.records(summary).stream().filter(Simulations::isBind)
                .filter(record -> app.clientAppId().equals(record.path("ClientAppId").asText())).toList();

        assertThat(reads).isNotEmpty().allSatisfy(record -> {
            assertThat(record.path("AppId").asText()).isEqualTo(GRAPH);
            assertThat(record.path("ClientInfoString").asText()).isEqualTo("Client=REST;;");
            assertThat(record.path("ClientIPAddress").asText()).isEqualTo(app.clientIps().get(0));
        });
        Set<String> mailboxes = reads.stream().map(record -> record.path("MailboxOwnerUPN").asText())
                .collect(Collectors.toSet());
        assertThat(mailboxes).hasSize(3).containsExactlyInAnyOrderElementsOf(app.mailboxes());
        assertThat(kinds(summary)).containsKeys(FindingKind.CONSENT_TO_APPLICATION,
                FindingKind.DELEGATED_PERMISSION_GRANT, FindingKind.APP_MAIL_ACCESS);
        assertThat(summary.truth().mailboxVerdicts()).extracting(GroundTruth.MailboxVerdict::verdict)
                .containsOnly(Verdict.MESSAGES_ACCESSED);
        assertThat(app.iocs()).contains("app:" + app.clientAppId());
    }

    @Test
    void tenantTakeoverLeavesItsDirectoryChangesAndPowerShellSignInsInTheEvidence() {
        SimulationSummary summary = Simulations.run(Simulations.spec(Scenario.TENANT_TAKEOVER, 10, 2));
        Map<String, JsonNode> byId = Simulations.records(summary).stream()
                .collect(Collectors.toMap(record -> record.path("Id").asText(), Function.identity()));
        Map<FindingKind, List<GroundTruth.TenantFinding>> kinds = kinds(summary);

        assertThat(kinds.get(FindingKind.FEDERATION_CHANGE)).extracting(GroundTruth.TenantFinding::operation)
                .containsExactly("Set domain authentication.", "Set federation settings on domain.");
        assertThat(kinds.get(FindingKind.POWERSHELL_SIGN_IN)).hasSize(2);
        assertThat(kinds).containsKeys(FindingKind.SERVICE_PRINCIPAL_CREDENTIALS, FindingKind.MAILBOX_FORWARDING,
                FindingKind.APP_ROLE_FULL_ACCESS_AS_APP, FindingKind.CONSENT_TO_APPLICATION);
        for (GroundTruth.TenantFinding finding : summary.truth().tenantFindings()) {
            assertThat(byId).containsKey(finding.recordId());
            assertThat(byId.get(finding.recordId()).path("Operation").asText()).isEqualTo(finding.operation());
        }
        JsonNode role = byId.get(kinds.get(FindingKind.APP_ROLE_FULL_ACCESS_AS_APP).get(0).recordId());
        assertThat(role.path("RecordType").asInt()).isEqualTo(8);
        assertThat(role.toString()).contains("dc890d15-9560-4a4c-9b7f-a736ec74ec40", "full_access_as_app");
        Set<String> applications = kinds.get(FindingKind.POWERSHELL_SIGN_IN).stream()
                .map(finding -> byId.get(finding.recordId()).path("ApplicationId").asText())
                .collect(Collectors.toSet());
        assertThat(applications).containsExactlyInAnyOrder("fb78d390-0c51-40cd-8e17-fdbfab77341b",
                "1b730954-1685-4b74-9bfd-dac224a7b894");
        assertThat(summary.truth().mailboxVerdicts()).extracting(GroundTruth.MailboxVerdict::verdict)
                .contains(Verdict.MESSAGES_ACCESSED, Verdict.NO_EVIDENCE_OF_ACCESS);
    }

    @Test
    void aPasswordSprayFailsAcrossUsersSucceedsOnceAndReadsMailWithItsOwnSession() {
        SimulationSummary summary = Simulations.run(Simulations.spec(Scenario.PASSWORD_SPRAY, 10, 2));
        Map<FindingKind, List<GroundTruth.TenantFinding>> kinds = kinds(summary);
        Set<String> sprayed = kinds.get(FindingKind.PASSWORD_SPRAY).stream().map(GroundTruth.TenantFinding::userId)
                .collect(Collectors.toSet());
        GroundTruth.AttackerContext session = context(summary, "password-spray/mailbox-session");

        assertThat(sprayed).hasSizeGreaterThan(2).doesNotContain(session.mailboxes().get(0));
        assertThat(session.sessionSharedWithUser()).isFalse();
        assertThat(summary.truth().attackerAccessedMessages()).isNotEmpty().allSatisfy(message ->
                assertThat(message.mailbox()).isEqualTo(session.mailboxes().get(0)));
        assertThat(Simulations.records(summary).stream().filter(Simulations::isBind)
                .filter(record -> session.sessionId().equals(record.path("SessionId").asText())))
                .isNotEmpty().allSatisfy(record ->
                        assertThat(record.path("ClientIPAddress").asText()).isIn(session.clientIpAddresses()));
        assertThat(summary.truth().mailboxVerdicts()).extracting(GroundTruth.MailboxVerdict::verdict)
                .contains(Verdict.MESSAGES_ACCESSED, Verdict.NOT_AUDITED, Verdict.NO_EVIDENCE_OF_ACCESS);
        assertThat(summary.truth().unauditedMailboxes()).hasSize(1);
    }

    @Test
    void theFullScenarioPlantsEveryIncidentOnDifferentMailboxes() {
        SimulationSummary summary = Simulations.run(Simulations.spec(Scenario.FULL, 14, 3));
        assertThat(summary.truth().attackerContexts()).extracting(GroundTruth.AttackerContext::label)
                .containsExactly("token-theft/aitm-proxy", "token-theft/session-replay", "password-spray/spray",
                        "password-spray/mailbox-session", "oauth-app/graph-reader", "throttled/bulk-reader",
                        "tenant-takeover/admin-powershell", "tenant-takeover/app-only-ews");
        assertThat(summary.truth().mailboxVerdicts()).extracting(GroundTruth.MailboxVerdict::verdict)
                .contains(Verdict.ASSUME_FULL_COMPROMISE, Verdict.FOLDERS_SYNCED, Verdict.MESSAGES_ACCESSED,
                        Verdict.NOT_AUDITED, Verdict.NO_EVIDENCE_OF_ACCESS);
    }

    private static GroundTruth.AttackerContext context(SimulationSummary summary, String label) {
        return summary.truth().attackerContexts().stream().filter(context -> context.label().equals(label))
                .findFirst().orElseThrow();
    }

    private static Map<FindingKind, List<GroundTruth.TenantFinding>> kinds(SimulationSummary summary) {
        return summary.truth().tenantFindings().stream()
                .collect(Collectors.groupingBy(GroundTruth.TenantFinding::kind));
    }
}
