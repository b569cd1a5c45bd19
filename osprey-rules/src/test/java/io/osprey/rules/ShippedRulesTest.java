package io.osprey.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.AuditEvent;
import io.osprey.rules.directory.PermissionCatalog;
import io.osprey.rules.engine.EventView;
import io.osprey.rules.engine.Rule;
import io.osprey.rules.engine.RuleLoader;
import io.osprey.rules.engine.YamlDocuments;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every shipped rule compiles, fires on its true-positive sample, and stays silent on benign records. */
class ShippedRulesTest {
    private static final Path RULES = Path.of("src/main/resources/rules");
    private static final Path SAMPLES = Path.of("src/test/resources/rule-samples");
    private static final Path BENIGN = Path.of("src/test/resources/benign/benign-records.jsonl");
    private static final Set<String> ATTACKER_CONTEXT_RULES =
            Set.of("exo-mail-search-from-attacker-context", "exo-mail-sent-from-attacker-context");

    private static final RuleLoader.Loaded LOADED = RuleSets.shipped();

    private static List<Rule> shipped() {
        assertThat(LOADED.problems()).isEmpty();
        return LOADED.rules();
    }

    private static AuditEvent sample(String ruleId) throws IOException {
        Path file = SAMPLES.resolve(ruleId + ".json");
        return Events.fromJson(Files.readString(file), file.toString());
    }

    @Test
    void theIndexListsEveryRuleFileInTheFolder() throws IOException {
        List<String> indexed = Files.readAllLines(RULES.resolve("index.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        List<String> files;
        try (Stream<Path> list = Files.list(RULES)) {
            files = list.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".yml"))
                    .sorted().toList();
        }
        assertThat(indexed).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void shippedRulesLintClean() {
        LintReport report = RuleSets.lint(List.of(), null);
        assertThat(report.problems()).isEmpty();
        assertThat(report.ruleFiles()).isEqualTo(shipped().size()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void ruleIdsAreTheirFileNames() {
        for (Rule rule : shipped()) {
            assertThat(rule.location()).isEqualTo("classpath:rules/" + rule.id() + ".yml");
        }
    }

    @Test
    void everyShippedRuleNamesItsOperationsSoTheHuntCanSkipIt() {
        assertThat(shipped()).allSatisfy(rule -> assertThat(rule.operations()).as(rule.id()).isPresent());
        assertThat(shipped().stream().filter(rule -> rule.id().equals("aad-application-credentials-changed"))
                .findFirst().orElseThrow().operations().orElseThrow()).containsExactlyInAnyOrder(
                "update application – certificates and secrets management ",
                "update application – certificates and secrets management");
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFiresOnItsSample() {
        return shipped().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            EventView view = new EventView(sample(rule.id()), true);
            assertThat(rule.matches(view)).as("rule %s on its sample", rule.id()).isTrue();
            assertThat(rule.keyFieldValues(view)).containsKey("Operation");
        }));
    }

    @Test
    void everySampleBelongsToAShippedRule() throws IOException {
        Set<String> ids = shipped().stream().map(Rule::id).collect(Collectors.toSet());
        try (Stream<Path> list = Files.list(SAMPLES)) {
            List<String> samples = list.map(path -> path.getFileName().toString().replaceFirst("\\.json$", ""))
                    .toList();
            assertThat(ids).containsExactlyInAnyOrderElementsOf(samples);
        }
    }

    @Test
    void attackerContextRulesNeedAnAttackerContext() throws IOException {
        for (Rule rule : shipped()) {
            if (ATTACKER_CONTEXT_RULES.contains(rule.id())) {
                assertThat(rule.matches(new EventView(sample(rule.id()), false))).as(rule.id()).isFalse();
            }
        }
    }

    @Test
    void noShippedRuleFiresOnBenignRecords() {
        List<AuditEvent> benign = Events.fromJsonLines(BENIGN);
        assertThat(benign).hasSizeGreaterThanOrEqualTo(20);
        List<String> hits = new ArrayList<>();
        for (AuditEvent event : benign) {
            EventView view = new EventView(event, false);
            for (Rule rule : shipped()) {
                if (rule.matches(view)) {
                    hits.add(rule.id() + " on " + event.recordId());
                }
            }
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void mailAppRoleIdsAreMailPermissionsInGraphAppRoles() throws Exception {
        JsonNode rule = YamlDocuments.read(Files.readString(RULES.resolve("aad-mail-app-role-granted.yml")));
        JsonNode ids = rule.path("detection").path("selection_role").get(0).get("ModifiedProperties.AppRole.Id|contains");
        List<String> values = new ArrayList<>();
        ids.forEach(id -> values.add(PermissionCatalog.bundled().appRoleValue(id.asText()).orElse("unknown " + id)));
        assertThat(values).containsExactlyInAnyOrder("Mail.Read", "Mail.ReadBasic", "Mail.ReadBasic.All",
                "Mail.ReadWrite", "Mail-Advanced.ReadWrite.All", "Mail.Send", "MailboxSettings.ReadWrite");
        List<String> names = new ArrayList<>();
        rule.path("detection").path("selection_role").get(1).get("ModifiedProperties.AppRole.Value|contains")
                .forEach(name -> names.add(name.asText()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(values);
        assertThat(PermissionCatalog.bundled().appRoleValue("dc890d15-9560-4a4c-9b7f-a736ec74ec40"))
                .contains("full_access_as_app");
    }
}
