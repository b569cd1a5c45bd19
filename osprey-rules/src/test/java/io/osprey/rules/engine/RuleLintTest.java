package io.osprey.rules.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.osprey.rules.engine.TestRules.parse;
import static io.osprey.rules.engine.TestRules.ruleText;
import static org.assertj.core.api.Assertions.assertThat;

class RuleLintTest {

    private static List<String> problems(String text) {
        RuleParser.Result result = parse(text);
        assertThat(result.rule()).isEmpty();
        return result.problems();
    }

    private static List<String> detectionProblems(String detection) {
        return problems(ruleText(detection));
    }

    @Test
    void aValidRuleHasNoProblems() {
        RuleParser.Result result = parse(ruleText("sel:\n  Operation: Set-Mailbox\ncondition: sel"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.rule()).isPresent();
        assertThat(result.rule().get().id()).isEqualTo("test-rule");
    }

    @Test
    void badYamlNamesTheLine() {
        assertThat(problems("title: x\nid: [unclosed\nlevel: low\n"))
                .singleElement().asString().startsWith("bad YAML: line ");
    }

    @Test
    void duplicateKeysAreBadYaml() {
        assertThat(problems("title: x\ntitle: y\n")).singleElement().asString()
                .startsWith("bad YAML: ").contains("Duplicate field 'title'");
    }

    @Test
    void aFileThatIsNotAMap() {
        assertThat(problems("- just\n- a list\n")).containsExactly("a rule file must hold one YAML map");
    }

    @Test
    void missingRequiredKeys() {
        assertThat(problems("description: nothing else\n")).containsExactly(
                "missing required key 'id'",
                "missing required key 'title'",
                "missing required key 'level'",
                "missing required key 'logsource'",
                "missing required key 'detection'");
    }

    @Test
    void missingCondition() {
        assertThat(detectionProblems("sel:\n  Operation: x")).containsExactly(
                "missing required key 'detection.condition'");
    }

    @Test
    void unknownField() {
        assertThat(detectionProblems("sel:\n  CommandLine: x\ncondition: sel")).containsExactly(
                "unknown field 'CommandLine' in selection 'sel'");
    }

    @Test
    void unknownFieldInFieldsList() {
        String text = ruleText("sel:\n  Operation: x\ncondition: sel") + "fields:\n  - Operation\n  - Nope\n";
        assertThat(problems(text)).containsExactly("unknown field 'Nope' in fields");
    }

    @Test
    void auditDataPathsAndMappedPrefixesAreKnownFields() {
        RuleParser.Result result = parse(ruleText("sel:\n  AuditData.Anything.Deep: x\n  Parameters.Whatever: y\n"
                + "condition: sel"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void unsupportedModifier() {
        assertThat(detectionProblems("sel:\n  Operation|base64: x\ncondition: sel")).containsExactly(
                "unsupported modifier 'base64' on field 'Operation' in selection 'sel' "
                        + "(supported: contains, startswith, endswith, all, re, cidr, exists, i, m, s)");
    }

    @Test
    void conflictingModifiers() {
        assertThat(detectionProblems("sel:\n  Operation|contains|startswith: x\ncondition: sel")).containsExactly(
                "modifiers contains and startswith cannot be combined on field 'Operation' in selection 'sel'");
        assertThat(detectionProblems("sel:\n  Operation|exists|all: true\ncondition: sel")).containsExactly(
                "modifier exists cannot be combined with other modifiers on field 'Operation' in selection 'sel'");
        assertThat(detectionProblems("sel:\n  Operation|i: x\ncondition: sel")).containsExactly(
                "modifiers i, m and s need re on field 'Operation' in selection 'sel'");
    }

    @Test
    void badModifierValues() {
        assertThat(detectionProblems("sel:\n  Operation|exists: maybe\ncondition: sel")).containsExactly(
                "modifier exists takes true or false on field 'Operation' in selection 'sel'");
        assertThat(detectionProblems("sel:\n  ClientIP|cidr: 10.0.0.0/40\ncondition: sel")).containsExactly(
                "field 'ClientIP' in selection 'sel': '10.0.0.0/40' is not a CIDR network");
        assertThat(detectionProblems("sel:\n  Operation|re: '(unclosed'\ncondition: sel")).singleElement()
                .asString().startsWith("field 'Operation' in selection 'sel': invalid regular expression '(unclosed': ");
        assertThat(detectionProblems("sel:\n  Operation:\n    nested: map\ncondition: sel")).containsExactly(
                "field 'Operation' in selection 'sel' must have a value or a list of values");
    }

    @Test
    void conditionProblems() {
        assertThat(detectionProblems("sel:\n  Operation: x\ncondition: sel and nope")).containsExactly(
                "condition 'sel and nope': unknown selection 'nope'");
        assertThat(detectionProblems("sel:\n  Operation: x\ncondition: (sel")).containsExactly(
                "condition '(sel': it ends where ')' was expected");
        assertThat(detectionProblems("sel:\n  Operation: x\ncondition: 1 of other*")).containsExactly(
                "condition '1 of other*': '1 of other*' matches no selection");
        assertThat(detectionProblems("sel:\n  Operation: x\ncondition: 2 of sel*")).containsExactly(
                "condition '2 of sel*': unsupported quantifier '2' (use '1 of' or 'all of')");
        assertThat(detectionProblems("sel:\n  Operation: x\ncondition: sel sel")).containsExactly(
                "condition 'sel sel': unexpected 'sel'");
        assertThat(detectionProblems("sel:\n  Operation: x\ncondition: sel | count() > 5")).containsExactly(
                "condition 'sel | count() > 5': unexpected '|'");
    }

    @Test
    void metadataProblems() {
        String text = "title: t\nid: Bad_Id\nlevel: severe\nstatus: done\nlogsource:\n  product: windows\n"
                + "  service: security\ndetection:\n  sel:\n    Operation: x\n  condition: sel\nfalsepositive: none\n";
        assertThat(problems(text)).containsExactlyInAnyOrder(
                "unknown key 'falsepositive'",
                "id 'Bad_Id' must be lower-case letters, digits and hyphens, or a UUID",
                "invalid level 'severe' (expected one of informational, low, medium, high, critical)",
                "invalid status 'done' (expected one of stable, test, experimental, deprecated, unsupported)",
                "logsource product must be 'm365', not 'windows'",
                "unsupported logsource service 'security' (expected audit, exchange or azuread)");
    }

    @Test
    void ospreyExtensionProblems() {
        String text = ruleText("sel:\n  Operation: x\ncondition: sel")
                + "osprey:\n  mailbox: [Nope]\n  sparrow_export: Other.csv\n  colour: red\n";
        assertThat(problems(text)).containsExactlyInAnyOrder(
                "unknown key 'osprey.colour'",
                "unknown field 'Nope' in osprey.mailbox",
                "unknown Sparrow export 'Other.csv' (expected one of AppRoleAssignment_Operations_Export.csv, "
                        + "AppUpdate_Operations_Export.csv, Consent_Operations_Export.csv, "
                        + "Domain_Operations_Export.csv, PSLogin_Operations_Export.csv, "
                        + "PSMailbox_Operations_Export.csv, SAMLToken_Operations_Export.csv, "
                        + "ServicePrincipal_Operations_Export.csv)");
    }

    @Test
    void timeframesAreRejected() {
        assertThat(detectionProblems("sel:\n  Operation: x\ntimeframe: 5m\ncondition: sel")).containsExactly(
                "timeframe is not supported: rules match single events");
    }

    @Test
    void duplicateIdsAcrossFiles() {
        RuleLoader loader = new RuleLoader(TestRules.MAPPING, java.util.Set.of());
        String text = ruleText("sel:\n  Operation: x\ncondition: sel");
        RuleLoader.Loaded loaded = loader.load(List.of(new RuleSource("a.yml", text), new RuleSource("b.yml", text)));
        assertThat(loaded.rules()).hasSize(1);
        assertThat(loaded.problems()).extracting(LintProblem::toString)
                .containsExactly("b.yml: duplicate id 'test-rule' (also in a.yml)");
    }
}
