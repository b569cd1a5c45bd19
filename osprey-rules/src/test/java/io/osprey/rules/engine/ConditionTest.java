package io.osprey.rules.engine;

import io.osprey.model.AuditEvent;
import io.osprey.rules.Events;
import org.junit.jupiter.api.Test;

import static io.osprey.rules.engine.TestRules.fires;
import static org.assertj.core.api.Assertions.assertThat;

class ConditionTest {
    private static final AuditEvent EVENT = Events.of("{'Id':'r1','CreationTime':'2024-03-01T10:00:00',"
            + "'Operation':'Set-Mailbox','UserId':'admin@contoso.com','Workload':'Exchange'}");
    private static final String SELECTIONS = "sel_op:\n  Operation: Set-Mailbox\n"
            + "sel_user:\n  UserId: admin@contoso.com\n"
            + "sel_other:\n  Workload: SharePoint\n"
            + "_helper:\n  Workload: SharePoint\n";

    private static boolean condition(String condition) {
        return fires(SELECTIONS + "condition: " + condition, EVENT);
    }

    @Test
    void singleSelection() {
        assertThat(condition("sel_op")).isTrue();
        assertThat(condition("sel_other")).isFalse();
    }

    @Test
    void andOrNot() {
        assertThat(condition("sel_op and sel_user")).isTrue();
        assertThat(condition("sel_op and sel_other")).isFalse();
        assertThat(condition("sel_other or sel_user")).isTrue();
        assertThat(condition("sel_other or _helper")).isFalse();
        assertThat(condition("sel_op and not sel_other")).isTrue();
        assertThat(condition("not sel_op")).isFalse();
        assertThat(condition("not not sel_op")).isTrue();
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(condition("sel_op or sel_other and sel_other")).isTrue();
        assertThat(condition("(sel_op or sel_other) and sel_other")).isFalse();
    }

    @Test
    void parenthesesGroup() {
        assertThat(condition("sel_op and (sel_other or sel_user)")).isTrue();
        assertThat(condition("not (sel_op and sel_user)")).isFalse();
    }

    @Test
    void oneOfPattern() {
        assertThat(condition("1 of sel_*")).isTrue();
        assertThat(condition("1 of sel_oth*")).isFalse();
    }

    @Test
    void allOfPattern() {
        assertThat(condition("all of sel_*")).isFalse();
        assertThat(fires("match_op:\n  Operation: Set-Mailbox\nmatch_user:\n  UserId: admin@contoso.com\n"
                + "other:\n  Workload: SharePoint\ncondition: all of match_*", EVENT)).isTrue();
    }

    @Test
    void oneOfThemAndAllOfThemSkipUnderscoreSelections() {
        assertThat(condition("1 of them")).isTrue();
        assertThat(condition("all of them")).isFalse();
        assertThat(fires("sel_op:\n  Operation: Set-Mailbox\n_helper:\n  Workload: SharePoint\n"
                + "condition: all of them", EVENT)).isTrue();
    }

    @Test
    void aListOfConditionsIsAnyOf() {
        assertThat(fires(SELECTIONS + "condition:\n  - sel_other\n  - sel_user", EVENT)).isTrue();
        assertThat(fires(SELECTIONS + "condition:\n  - sel_other\n  - _helper", EVENT)).isFalse();
    }

    @Test
    void listOfMapsIsAnyOfTheMaps() {
        String detection = "sel:\n  - Operation: Remove-Mailbox\n  - Operation: Set-Mailbox\n    UserId: admin@contoso.com\n"
                + "condition: sel";
        assertThat(fires(detection, EVENT)).isTrue();
        assertThat(fires("sel:\n  - Operation: Remove-Mailbox\n  - Workload: SharePoint\ncondition: sel", EVENT))
                .isFalse();
    }

    @Test
    void keywordsAreCaseInsensitive() {
        assertThat(fires(SELECTIONS + "condition: sel_op AND NOT sel_other", EVENT)).isTrue();
    }
}
