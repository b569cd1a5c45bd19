package io.osprey.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code osprey rules lint} as CI runs it: the shipped rules lint clean, and a bad rule fails the run. */
class RulesLintCommandTest {
    private static final int SHIPPED_RULES = 25;

    @TempDir
    Path temp;

    @Test
    void theShippedRulesLintClean() {
        CaseRun osprey = new CaseRun(temp);
        assertThat(osprey.run("rules", "lint")).as(osprey.out()).isZero();
        assertThat(osprey.out()).isEqualTo(SHIPPED_RULES + " rule files checked, 0 problems" + System.lineSeparator());
    }

    @Test
    void aBadRuleFailsTheLintWithItsProblemNamed() throws Exception {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("site-rule.yml"), "title: Site rule\nid: site-rule\nlevel: high\n"
                + "logsource:\n  product: m365\ndetection:\n  sel:\n    Operation|endswithh: Rule\n  condition: sel\n");
        CaseRun osprey = new CaseRun(temp);
        assertThat(osprey.run("rules", "lint", rules.toString())).isEqualTo(1);
        assertThat(osprey.out()).contains(rules.resolve("site-rule.yml").toString(), "endswithh")
                .contains((SHIPPED_RULES + 1) + " rule files checked, 1 problem");
    }
}
