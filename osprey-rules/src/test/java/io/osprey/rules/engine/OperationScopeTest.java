package io.osprey.rules.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.osprey.rules.engine.TestRules.compile;
import static org.assertj.core.api.Assertions.assertThat;

class OperationScopeTest {

    private static Optional<Set<String>> scope(String detection) {
        return compile(detection).operations();
    }

    @Test
    void plainOperationValuesRestrictTheRule() {
        assertThat(scope("sel:\n  Operation: [New-InboxRule, Set-InboxRule]\n  Parameters.ForwardTo|exists: true\n"
                + "condition: sel")).contains(Set.of("new-inboxrule", "set-inboxrule"));
    }

    @Test
    void andIntersectsOrUnites() {
        String selections = "a:\n  Operation: [X, Y]\nb:\n  Operation: [Y, Z]\nc:\n  UserId: u\n";
        assertThat(scope(selections + "condition: a and b")).contains(Set.of("y"));
        assertThat(scope(selections + "condition: a and c")).contains(Set.of("x", "y"));
        assertThat(scope(selections + "condition: a or b")).contains(Set.of("x", "y", "z"));
        assertThat(scope(selections + "condition: a or c")).isEmpty();
        assertThat(scope(selections + "condition: 1 of a*")).contains(Set.of("x", "y"));
        assertThat(scope(selections + "condition: all of them")).contains(Set.of("y"));
        assertThat(scope(selections + "condition: not a")).isEmpty();
        assertThat(scope(selections + "condition: c and not a")).isEmpty();
    }

    @Test
    void modifiersWildcardsAndKeywordsDoNotRestrict() {
        assertThat(scope("sel:\n  Operation|startswith: Update\ncondition: sel")).isEmpty();
        assertThat(scope("sel:\n  Operation: 'Update*'\ncondition: sel")).isEmpty();
        assertThat(scope("sel:\n  - keyword\ncondition: sel")).isEmpty();
        assertThat(scope("sel:\n  - Operation: X\n  - UserId: u\ncondition: sel")).isEmpty();
        assertThat(scope("sel:\n  - Operation: X\n  - Operation: Y\ncondition: sel")).contains(Set.of("x", "y"));
    }

    @Test
    void theIndexOffersRestrictedAndUnrestrictedRules() {
        Rule restricted = compile("sel:\n  Operation: Send\ncondition: sel");
        Rule unrestricted = compile("sel:\n  UserId: u\ncondition: sel");
        RuleIndex index = new RuleIndex(List.of(restricted, unrestricted));
        assertThat(index.candidates("SEND")).containsExactly(unrestricted, restricted);
        assertThat(index.candidates("MailItemsAccessed")).containsExactly(unrestricted);
        assertThat(index.candidates(null)).containsExactly(unrestricted);
    }
}
