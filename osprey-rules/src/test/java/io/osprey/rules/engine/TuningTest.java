package io.osprey.rules.engine;

import io.osprey.rules.Level;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TuningTest {

    private static Tuning.Parsed parse(String text) {
        return Tuning.parse(new RuleSource("tuning.yml", text));
    }

    @Test
    void readsDisabledIdsAndLevels() {
        Tuning.Parsed parsed = parse("disable:\n  - a-rule\nlevels:\n  b-rule: low\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.tuning().isDisabled("a-rule")).isTrue();
        assertThat(parsed.tuning().isDisabled("b-rule")).isFalse();
        assertThat(parsed.tuning().level("b-rule")).contains(Level.LOW);
        assertThat(parsed.tuning().level("a-rule")).isEmpty();
    }

    @Test
    void anEmptyFileChangesNothing() {
        assertThat(parse("").tuning()).isEqualTo(Tuning.NONE);
    }

    @Test
    void reportsEveryProblem() {
        Tuning.Parsed parsed = parse("disable: a-rule\nlevels:\n  b-rule: loud\nenable: [c]\n");
        assertThat(parsed.problems()).extracting(LintProblem::toString).containsExactly(
                "tuning.yml: unknown key 'enable' (expected disable or levels)",
                "tuning.yml: disable must be a list of rule ids",
                "tuning.yml: levels: invalid level 'loud' for 'b-rule' (expected one of informational, low, medium, "
                        + "high, critical)");
        assertThat(parse("disable: [\n").problems()).singleElement().asString().startsWith("tuning.yml: bad YAML: ");
    }

    @Test
    void unknownIdsAreReported() {
        Tuning tuning = parse("disable: [known, ghost]\nlevels:\n  phantom: high\n").tuning();
        assertThat(tuning.unknownIds("tuning.yml", Set.of("known"))).extracting(LintProblem::toString)
                .containsExactly("tuning.yml: disable: unknown rule id 'ghost'",
                        "tuning.yml: levels: unknown rule id 'phantom'");
    }
}
