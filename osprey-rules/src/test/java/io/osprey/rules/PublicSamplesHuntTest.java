package io.osprey.rules;

import io.osprey.model.AuditEvent;
import io.osprey.rules.sparrow.SparrowTable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The hunt over the real public samples, through the real normalizer, with exact finding counts. */
class PublicSamplesHuntTest {

    private static Map<String, Long> countsByRule(HuntResult result) {
        Map<String, Long> counts = new TreeMap<>();
        result.findings().forEach(finding -> counts.merge(finding.ruleId(), 1L, Long::sum));
        return counts;
    }

    private static SparrowTable table(HuntResult result, String path) {
        return result.sparrowTables().stream().filter(table -> table.relativePath().equals(path)).findFirst()
                .orElseThrow();
    }

    @Test
    void huntressPurviewExport() throws HuntException {
        List<AuditEvent> events = Events.fromPurviewCsv(
                Events.PUBLIC_SAMPLES.resolve("huntress2023_rogue_inbox_purview.csv"));
        assertThat(events).hasSize(219);

        HuntResult result = Hunt.run(HuntRequest.defaults(), events);

        assertThat(result.eventsScanned()).isEqualTo(219);
        assertThat(countsByRule(result)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "exo-inbox-rule-delete-or-hide", 38L,
                "aad-user-password-reset", 34L,
                "aad-service-principal-added", 3L,
                "exo-mailbox-permission-granted", 1L));
        Finding rule = result.findings().stream().filter(f -> f.ruleId().equals("exo-inbox-rule-delete-or-hide"))
                .findFirst().orElseThrow();
        assertThat(rule.user()).isEqualTo("DebraB@M365B132131.OnMicrosoft.com");
        assertThat(rule.mailbox()).isEqualTo("DebraB@M365B132131.OnMicrosoft.com");
        assertThat(rule.fields()).containsEntry("Parameters.From", "flag@ctf.com")
                .containsEntry("Parameters.MarkAsRead", "True").containsEntry("ClientIP", "185.73.124.135");
        Finding permission = result.findings().stream()
                .filter(f -> f.ruleId().equals("exo-mailbox-permission-granted")).findFirst().orElseThrow();
        assertThat(permission.evidenceRecordIds()).containsExactly("edd35f52-a3dc-47f1-7851-08dbbbed4261");
        assertThat(permission.fields()).containsEntry("Parameters.AccessRights", "FullAccess");
        assertThat(table(result, "ServicePrincipal_Operations_Export.csv").rows()).hasSize(3)
                .allSatisfy(row -> assertThat(row.get(2)).isEqualTo("Add service principal."));
        assertThat(table(result, "Domain_Operations_Export.csv").rows()).isEmpty();
        assertThat(table(result, "AppInvestigations/MailItems_Operations_Export.csv").rows()).isEmpty();
        assertThat(table(result, "AppInvestigations/FileItems_Operations_Export.csv").rows()).isEmpty();
    }

    @Test
    void sekoiaManagementApiRecords() throws HuntException {
        List<AuditEvent> events = Events.fromJsonLines(
                Events.PUBLIC_SAMPLES.resolve("sekoia_o365_management_api_records.jsonl"));

        HuntResult result = Hunt.run(HuntRequest.defaults(), events);

        assertThat(countsByRule(result)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "exo-inbox-rule-forwarding", 3L,
                "exo-inbox-rule-delete-or-hide", 1L,
                "aad-oauth-consent-granted", 1L));
    }

    @Test
    void plasoRecordsFireNothing() throws HuntException {
        List<AuditEvent> events = Events.fromJsonLines(Events.PUBLIC_SAMPLES.resolve("plaso_microsoft_audit_log.jsonl"));
        assertThat(Hunt.run(HuntRequest.defaults(), events).findings()).isEmpty();
    }
}
