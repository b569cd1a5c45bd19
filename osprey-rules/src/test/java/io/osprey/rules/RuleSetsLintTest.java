package io.osprey.rules;

import io.osprey.rules.engine.LintProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code osprey rules lint DIR} reports: every problem of every file, with the file named. */
class RuleSetsLintTest {
    private static final String VALID = "title: Site rule\nid: site-rule\nlevel: low\nlogsource:\n  product: m365\n"
            + "detection:\n  sel:\n    Operation: Set-Mailbox\n  condition: sel\n";

    @Test
    void aCleanFolderLintsClean(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("site.yml"), VALID);
        LintReport report = RuleSets.lint(List.of(folder), null);
        assertThat(report.problems()).isEmpty();
        assertThat(report.isClean()).isTrue();
        assertThat(report.ruleFiles()).isEqualTo(RuleSets.shipped().rules().size() + 1);
    }

    @Test
    void reportsProblemsOfEveryFileWithItsPath(@TempDir Path folder, @TempDir Path elsewhere) throws Exception {
        Files.createDirectories(folder.resolve("nested"));
        Files.writeString(folder.resolve("a-bad-yaml.yml"), "title: [oops\n");
        Files.writeString(folder.resolve("b-unknown-field.yaml"), VALID.replace("site-rule", "other-rule")
                .replace("Operation:", "CommandLine:"));
        Files.writeString(folder.resolve("nested/c-duplicate.yml"), VALID.replace("site-rule", "aad-mfa-disabled"));
        Files.writeString(folder.resolve("notes.txt"), "not a rule");
        Path tuningFile = elsewhere.resolve("tuning.yml");
        Files.writeString(tuningFile, "disable: [ghost-rule]\n");

        LintReport report = RuleSets.lint(List.of(folder), tuningFile);

        assertThat(report.isClean()).isFalse();
        assertThat(report.problems()).extracting(LintProblem::toString).satisfiesExactly(
                line -> assertThat(line).startsWith(folder.resolve("a-bad-yaml.yml") + ": bad YAML: line "),
                line -> assertThat(line).isEqualTo(folder.resolve("b-unknown-field.yaml")
                        + ": unknown field 'CommandLine' in selection 'sel'"),
                line -> assertThat(line).isEqualTo(folder.resolve("nested/c-duplicate.yml")
                        + ": duplicate id 'aad-mfa-disabled' (also in classpath:rules/aad-mfa-disabled.yml)"),
                line -> assertThat(line).isEqualTo(tuningFile + ": disable: unknown rule id 'ghost-rule'"));
    }

    @Test
    void aMissingFolderIsAProblem(@TempDir Path folder) {
        Path missing = folder.resolve("missing");
        assertThat(RuleSets.lint(List.of(missing), null).problems()).extracting(LintProblem::toString)
                .containsExactly(missing + ": not a folder");
    }
}
