package io.osprey.cli;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.osprey.simulate.Scenario;
import io.osprey.simulate.SimulationSpec;
import io.osprey.simulate.SimulationSummary;
import io.osprey.simulate.TenantSimulator;
import io.osprey.simulate.truth.FindingKind;
import io.osprey.simulate.truth.GroundTruth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hunt against the simulator: {@code osprey ingest} then {@code osprey hunt} find every planted tenant-level
 * sign with the rules meant for it and exactly the planted records as evidence; once {@code osprey investigate}
 * ran with the truth's indicators, the searches and sends from attacker contexts too; the quiet tenant raises
 * nothing. Password spray, attacker sign-ins and throttling are the investigation's to find, not the hunt's.
 */
class HuntAcceptanceTest {
    private static final Map<String, Expected> RULES = Map.ofEntries(
            rule("aad-powershell-sign-in", FindingKind.POWERSHELL_SIGN_IN),
            rule("aad-domain-federation-settings-changed", FindingKind.FEDERATION_CHANGE),
            rule("aad-federation-trust-changed", FindingKind.FEDERATION_CHANGE),
            Map.entry("aad-federated-domain-added", new Expected(EnumSet.of(FindingKind.FEDERATION_CHANGE),
                    finding -> finding.operation().equals("Set domain authentication."))),
            rule("aad-service-principal-credentials-added", FindingKind.SERVICE_PRINCIPAL_CREDENTIALS),
            rule("aad-app-role-assignment-added", FindingKind.APP_ROLE_FULL_ACCESS_AS_APP),
            rule("aad-full-access-as-app-granted", FindingKind.APP_ROLE_FULL_ACCESS_AS_APP),
            rule("aad-oauth-consent-granted", FindingKind.CONSENT_TO_APPLICATION, FindingKind.DELEGATED_PERMISSION_GRANT),
            rule("aad-mail-delegated-permission-consented", FindingKind.CONSENT_TO_APPLICATION,
                    FindingKind.DELEGATED_PERMISSION_GRANT),
            rule("aad-service-principal-added", FindingKind.SERVICE_PRINCIPAL_ADDED),
            rule("exo-inbox-rule-forwarding", FindingKind.FORWARDING_INBOX_RULE),
            rule("exo-inbox-rule-delete-or-hide", FindingKind.FORWARDING_INBOX_RULE),
            rule("exo-mailbox-forwarding-set", FindingKind.MAILBOX_FORWARDING));
    private static final Map<String, Expected> ATTACKER_CONTEXT_RULES = Map.ofEntries(
            rule("exo-mail-search-from-attacker-context", FindingKind.ATTACKER_SEARCH),
            rule("exo-mail-sent-from-attacker-context", FindingKind.ATTACKER_SEND));
    /** What the hunt does not look for: the investigation attributes these. */
    private static final Set<FindingKind> NOT_THE_HUNTS = EnumSet.of(FindingKind.PASSWORD_SPRAY,
            FindingKind.ATTACKER_SIGN_IN, FindingKind.MAILBOX_THROTTLED, FindingKind.APP_MAIL_ACCESS);

    @TempDir
    Path temp;

    private record Expected(Set<FindingKind> kinds, Predicate<GroundTruth.TenantFinding> filter) {
        Set<String> recordIds(GroundTruth truth) {
            return truth.tenantFindings().stream().filter(finding -> kinds.contains(finding.kind()))
                    .filter(filter).map(GroundTruth.TenantFinding::recordId).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Map.Entry<String, Expected> rule(String id, FindingKind... kinds) {
        return Map.entry(id, new Expected(EnumSet.of(kinds[0], kinds), finding -> true));
    }

    @ParameterizedTest
    @EnumSource(names = {"TENANT_TAKEOVER", "FULL"})
    void everyPlantedTenantSignIsFoundByItsRulesWithExactlyThePlantedRecords(Scenario scenario) throws Exception {
        SimulationSummary simulation = TenantSimulator.run(SimulationSpec.defaults(scenario).withUsers(12)
                .withDays(3), temp.resolve("simulation"));
        GroundTruth truth = simulation.truth();
        CaseRun osprey = new CaseRun(temp.resolve("case"));
        osprey.ok("ingest", "CASE", simulation.outputDirectory().resolve(TenantSimulator.EVIDENCE).toString());

        osprey.ok("hunt", "CASE");
        Map<String, Set<String>> evidence = evidenceByRule(osprey.findings());
        Map<String, Set<String>> expected = new TreeMap<>();
        RULES.forEach((id, rule) -> expected.put(id, rule.recordIds(truth)));
        expected.values().removeIf(Set::isEmpty);
        assertThat(expected).as("the scenario plants something for these rules").containsKeys(
                "aad-powershell-sign-in", "aad-federation-trust-changed", "aad-full-access-as-app-granted",
                "exo-mailbox-forwarding-set");
        assertThat(evidence).as("without an investigation, no attacker context").isEqualTo(expected);

        osprey.ok("investigate", "CASE", "--ioc-file", osprey.iocFile(truth).toString());
        osprey.ok("hunt", "CASE");
        ATTACKER_CONTEXT_RULES.forEach((id, rule) -> expected.put(id, rule.recordIds(truth)));
        expected.values().removeIf(Set::isEmpty);
        assertThat(evidenceByRule(osprey.findings())).isEqualTo(expected);

        Set<String> hunted = new TreeSet<>();
        expected.values().forEach(hunted::addAll);
        assertThat(truth.tenantFindings()).filteredOn(finding -> !NOT_THE_HUNTS.contains(finding.kind()))
                .allSatisfy(finding -> assertThat(hunted).as(finding.kind() + " " + finding.detail())
                        .contains(finding.recordId()));
        assertThat(applicationMailAccess(osprey)).isEqualTo(truth.tenantFindings().stream()
                .filter(finding -> finding.kind() == FindingKind.APP_MAIL_ACCESS)
                .map(GroundTruth.TenantFinding::recordId).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void theQuietTenantRaisesNothing() throws Exception {
        SimulationSummary simulation = TenantSimulator.run(SimulationSpec.defaults(Scenario.QUIET).withUsers(12)
                .withDays(3), temp.resolve("simulation"));
        assertThat(simulation.truth().tenantFindings()).isEmpty();
        CaseRun osprey = new CaseRun(temp.resolve("case"));
        osprey.ok("ingest", "CASE", simulation.outputDirectory().resolve(TenantSimulator.EVIDENCE).toString());
        osprey.ok("hunt", "CASE");
        JsonNode findings = osprey.findings();
        assertThat(findings.path("eventsScanned").asLong()).isEqualTo(simulation.truth().uniqueRecordCount());
        assertThat(findings.path("findings")).isEmpty();
        assertThat(findings.path("checks").size()).isGreaterThanOrEqualTo(27);
    }

    private static Map<String, Set<String>> evidenceByRule(JsonNode findings) {
        Map<String, Set<String>> evidence = new TreeMap<>();
        for (JsonNode finding : findings.path("findings")) {
            Set<String> ids = evidence.computeIfAbsent(finding.path("ruleId").asText(), id -> new TreeSet<>());
            finding.path("evidenceRecordIds").forEach(id -> ids.add(id.asText()));
        }
        return evidence;
    }

    /** The record ids of Sparrow's application investigation of MailItemsAccessed. */
    private static Set<String> applicationMailAccess(CaseRun osprey) throws Exception {
        Path file = osprey.caseDirectory().resolve("reports/hunt/sparrow/AppInvestigations/MailItems_Operations_Export.csv");
        return CaseRun.csv(file).stream().map(row -> row.getField("Id")).collect(Collectors.toCollection(TreeSet::new));
    }
}
